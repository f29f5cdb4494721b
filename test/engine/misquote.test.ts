import { strict as assert } from 'node:assert';
import type { Finding } from '../../server/src/engine/index';
import { fixtureText } from '../fixtures';
import { alarms, bundled, check, fixed } from './bundled';

/** Misquote findings only: a quotation may hold a date or a name that other rules judge. */
function misquotes(draft: string): Finding[] {
  return check(draft).findings.filter((f) => f.rule === 'misquote');
}

/** The draft with every misquote fix applied, right to left. */
function restored(draft: string): string {
  const lines = draft.split('\n');
  const found = misquotes(draft).sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  for (const f of found) {
    const line = lines[f.range.start.line];
    lines[f.range.start.line] = line.slice(0, f.range.start.character) + f.fix!.newText + line.slice(f.range.end.character);
  }
  return lines.join('\n');
}

function assertNone(drafts: string[]): void {
  for (const draft of drafts) assert.deepEqual(misquotes(draft), [], draft);
}

// Başaran, on the Sochi visit: "the two states are planning to conduct a joint military exercise."
const SOCHI = 'the two states are planning to conduct a joint military exercise';

describe('misquote', () => {
  it('takes a headline quoted in sentence case for the headline: "a new diplomatic center between East, West and Asia"', () => {
    assertNone(['A blog post called Kazakhstan a "new diplomatic center between East, West and Asia" in 2022.']);
  });

  it('shows a changed word beside the source’s and puts the source’s word back', () => {
    const draft = 'The statement said “the two states are planning to hold a joint military exercise”.';
    const [f] = misquotes(draft);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /^The quotation has “hold”, but the source has “conduct” — Doğacan Başaran, “Efforts to Strengthen/);
    assert.equal(f.claimText, 'hold');
    assert.equal(restored(draft), `The statement said “${SOCHI}”.`);
  });

  it('restores a dropped word with its neighbour', () => {
    const draft = 'The statement said “the two states are planning to conduct a military exercise”.';
    assert.match(misquotes(draft)[0].message, /has “a military”, but the source has “a joint military”/);
    assert.equal(restored(draft), `The statement said “${SOCHI}”.`);
  });

  it('removes an added word', () => {
    const draft = 'The statement said “the two states are planning to conduct a large joint military exercise”.';
    assert.match(misquotes(draft)[0].message, /has “a large joint”, but the source has “a joint”/);
    assert.equal(restored(draft), `The statement said “${SOCHI}”.`);
  });

  it('restores the source’s punctuation around a dropped word', () => {
    const draft = 'Başaran hoped “Central Asia and Eurasia in general can become a center of prosperity and security”.';
    assert.equal(restored(draft), 'Başaran hoped “Central Asia and Eurasia in general can become a center of peace, prosperity and security”.');
  });

  it('reads straight quotes, guillemets and blockquotes', () => {
    for (const [draft, fixed] of [
      ['He said "the two states are planning to hold a joint military exercise."', `He said "${SOCHI}."`],
      ['Il a dit «the two states are planning to hold a joint military exercise».', `Il a dit «${SOCHI}».`],
      ['> The two states are planning to hold a joint military exercise.', '> The two states are planning to conduct a joint military exercise.'],
    ]) assert.equal(restored(draft), fixed, draft);
  });

  it('changes the first or last word for the source’s, and drops words past the source’s sentence', () => {
    assert.equal(restored('He said: “Our position: first, there must be Kazakh language and Russian language.”'), 'He said: “My position: first, there must be Kazakh language and Russian language.”');
    assert.equal(restored('“Kazakhstan is a peace platform in Europe,” the president said.'), '“Kazakhstan is a peace platform in Asia,” the president said.');
    assert.equal(restored(`The statement said “${SOCHI} next year”.`), `The statement said “${SOCHI}”.`);
  });

  it('takes an ellipsis or an editor’s bracket for an omission', () => {
    assertNone([
      'The statement said “the two states are planning … a joint military exercise”.',
      'The statement said “the two states are planning ... a joint military exercise”.',
      'The statement said “the two states [...] conduct a joint military exercise”.',
      'The article says “[Tokayev] began his presidency with personnel changes in the administration”.',
      'Başaran adds: “… The constructive relations developed under the leadership of Mr. Tokayev also serve the security of the country.”',
    ]);
  });

  it('takes quotes, apostrophes, dashes and a first capital as the source’s own', () => {
    assertNone([
      `The statement said “The ${SOCHI.slice(4)}”.`,
      'In the author’s view, "the region\'s post-independence connections with the majority of the key actors in the international arena started gaining momentum".',
      '“It will coincide with two anniversaries — the 5th anniversary of the signing of the Treaty on the Eurasian Economic Union,” he said.',
      '“Our strategy is not supporting an ‘either–or’ approach. Only ‘win–win’,” he said.',
    ]);
  });

  it('leaves alone quotations no source holds, short ones and code', () => {
    assertNone([
      '“We will keep talking to all our partners, in the East and in the West,” the minister told us.',
      '“The two countries will deepen their strategic partnership in every field,” the ministry said.',
      'They spoke of “two states planning exercises”.',
      'The draft quoted `“the two states are planning to hold a joint military exercise”` as code.',
    ]);
  });

  it('carries the source passage with the changed words marked, for the hover and the report', () => {
    const [f] = misquotes('The statement said “the two states are planning to hold a joint military exercise”.');
    const passage = f.passage!;
    assert.equal(passage.text, SOCHI);
    assert.deepEqual(passage.marked.map((m) => passage.text.slice(m.start, m.end)), ['conduct']);
    assert.equal(passage.file, `sources/${bundled().source(passage.sourceId)!.file}`);
    assert.equal(f.sourceId, passage.sourceId);
  });

  it('leaves a contradicted date in a quotation to the date rule: one finding, one fix', () => {
    const found = check('Başaran wrote: “Mr. Tokayev visited the Sochi on August 21, 2022.”').findings;
    assert.deepEqual(found.map((f) => [f.rule, f.claimText]), [['date-contradiction', 'August 21, 2022']]);
  });

  it('keeps a quotation as written under an ignore comment that names the words', () => {
    assertNone(['The statement said “the two states are planning to hold a joint military exercise”. <!-- sourcecheck-ignore: hold -- as the spokesman read it -->']);
  });

  it('reads a quotation across soft line breaks', () => {
    assert.equal(restored('> the two states are planning to conduct a\n> joint military drill.'), '> the two states are planning to conduct a\n> joint military exercise.');
  });

  it('is silenced like any rule', () => {
    const draft = 'The statement said “the two states are planning to hold a joint military exercise”.';
    assert.deepEqual(bundled().check(draft, { severity: { misquote: 'off' } }).findings.filter((f) => f.rule === 'misquote'), []);
  });

  describe('on quotations from the five sources, altered by one word or not (test/fixtures/misquotes.json)', () => {
    const cases: Array<{ draft: string; altered: boolean; how: string; fixed?: string }> = JSON.parse(
      fixtureText('misquotes.json'),
    );
    // A changed date or figure is the date or figure rule's to fix; either way the fixes restore the quotation.
    it('finds every altered one and restores the source’s words', () => {
      assert.deepEqual(cases.filter((c) => c.altered && fixed(c.draft) !== c.fixed).map((c) => `${c.how}: ${c.draft}`), []);
    });
    it('raises no alarm on the unaltered ones', () => {
      assert.deepEqual(cases.filter((c) => !c.altered && alarms(c.draft).length > 0).map((c) => `${c.how}: ${alarms(c.draft)[0].message}`), []);
    });
  });
});
