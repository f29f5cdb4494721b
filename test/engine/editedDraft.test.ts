import { strict as assert } from 'node:assert';
import { Rng } from '../../bench/prng';
import { createChecker } from '../../server/src/engine/index';
import { parseProse } from '../../server/src/engine/markdown/prose';
import { reparseProse } from '../../server/src/engine/markdown/reparse';
import { textChange } from '../../server/src/engine/text/textChange';
import { fixtureText } from '../fixtures';
import { bundledFactBase } from './bundled';
import { applyEdit, randomEdit } from './randomEdits';

/** The fixtures one after another, each its own section: a draft long enough to have paragraphs far from an edit. */
function longDraft(): string {
  return ['other-events.md', 'published-news.md', 'published-analysis.md'].map((name) => `# ${name}\n\n${fixtureText(name)}`).join('\n\n');
}

const DRAFTS: Array<[string, () => string]> = [
  ['the three fixtures as one draft', longDraft],
  ['other-events.md', () => fixtureText('other-events.md')],
  ['published-news.md', () => fixtureText('published-news.md')],
];

describe('an edited draft', () => {
  it('is parsed again from the split before the edit to the one after it, into what a parse of the whole draft gives', () => {
    const rng = new Rng(11);
    let text = longDraft();
    let doc = parseProse(text);
    let reparsed = 0;
    for (let i = 0; i < 400; i++) {
      const edited = applyEdit(text, randomEdit(rng, text));
      const again = reparseProse(doc, text, edited, textChange(text, edited));
      doc = parseProse(edited);
      if (again) {
        assert.deepStrictEqual(again.doc, doc, `edit ${i}`);
        reparsed++;
      }
      text = edited;
    }
    assert.ok(reparsed > 200, `only ${reparsed} of 400 edits were parsed in part`);
  });

  it('with a carriage return standing alone (a line break to markdown-it, none to the line map) is parsed whole', () => {
    const before = 'First paragraph.\n\nSecond paragraph.\n\nThird\rparagraph.\n';
    const after = before.replace('Second paragraph', 'Second long paragraph');
    assert.equal(reparseProse(parseProse(before), before, after, textChange(before, after)), undefined);
    const healed = before.replace('\r', '\n');
    assert.equal(reparseProse(parseProse(before), before, healed, textChange(before, healed)), undefined);
    const windows = before.replace(/\r/g, '\r\n');
    const edited = windows.replace('Second paragraph', 'Second long paragraph');
    assert.deepStrictEqual(reparseProse(parseProse(windows), windows, edited, textChange(windows, edited))?.doc, parseProse(edited));
  });

  it('judges a list again when the sentence that introduces it changes, as a fresh checker does', () => {
    const lead = 'Kazakhstan has land borders with five states. The lengths:';
    const list = '\n\n- Russia: 7,644 km\n- Uzbekistan: 2,303 km\n\nThe rest is history.\n';
    const editor = createChecker(bundledFactBase());
    const steps = [lead + list, 'Five states matter to Astana. Their capitals:' + list, lead + list, lead + list.replace('2,303', '2,330')];
    for (const text of steps) assert.deepStrictEqual(editor.check(text), createChecker(bundledFactBase()).check(text), text);
  });

  for (const [name, draft] of DRAFTS) {
    it(`is checked after every edit of a random sequence exactly as a fresh checker checks it: ${name}`, () => {
      const rng = new Rng(name.length);
      const editor = createChecker(bundledFactBase());
      let text = draft();
      editor.check(text);
      for (let i = 0; i < 20; i++) {
        text = applyEdit(text, randomEdit(rng, text));
        assert.deepStrictEqual(editor.check(text), createChecker(bundledFactBase()).check(text), `edit ${i}: ${JSON.stringify(text)}`);
      }
    });
  }

  it('is judged again after the edit where what flows on from the edited paragraph changed: the subject, the section', () => {
    const editor = createChecker(bundledFactBase());
    const versions = [
      'Kazakhstan calls its foreign policy multi-vector.\n\nThe term goes back to Nursultan Nazarbayev, the first president.\n\nIt has been repeated in every strategy since.\n\nWhen he resigned on March 18, 2019, people expected a shake-up.\n',
      'Kazakhstan calls its foreign policy multi-vector.\n\nThe term goes back to Kassym-Jomart Tokayev, the second president.\n\nIt has been repeated in every strategy since.\n\nWhen he resigned on March 18, 2019, people expected a shake-up.\n',
      'Kazakhstan calls its foreign policy multi-vector.\n\nThe term goes back to Nursultan Nazarbayev, the first president.\n\nIt has been repeated in every strategy since.\n\nWhen he resigned on March 18, 2019, people expected a shake-up.\n',
      'Kazakhstan calls its foreign policy multi-vector.\n\nThe term goes back to Nursultan Nazarbayev, the first president.\n\n# Later\n\nIt has been repeated in every strategy since.\n\nWhen he resigned on March 18, 2019, people expected a shake-up.\n',
    ];
    const contradicted = versions.map((text) => {
      const result = editor.check(text);
      assert.deepStrictEqual(result, createChecker(bundledFactBase()).check(text), text);
      return result.findings.some((f) => f.rule === 'date-contradiction');
    });
    assert.deepStrictEqual(contradicted, [true, false, true, false]);
  });

  it('is checked from the version before it when the checker serves other drafts in between', () => {
    const editor = createChecker(bundledFactBase());
    const drafts = [longDraft(), fixtureText('published-analysis.md')];
    const rng = new Rng(5);
    for (let i = 0; i < 20; i++) {
      const which = i % 2;
      drafts[which] = applyEdit(drafts[which], randomEdit(rng, drafts[which]));
      assert.deepStrictEqual(editor.check(drafts[which]), createChecker(bundledFactBase()).check(drafts[which]), `edit ${i}`);
    }
  });
});
