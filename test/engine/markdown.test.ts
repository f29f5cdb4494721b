import { strict as assert } from 'node:assert';
import { alarms, check } from './bundled';

describe('what is never checked', () => {
  const cases: Record<string, string> = {
    'fenced code': '```text\nsochi_visit = 2022-08-21\n```\n',
    'indented code': 'Intro.\n\n    Tokayev visited Sochi on August 21, 2022.\n',
    'inline code': 'The sheet still reads `Tokayev visited Sochi on August 21, 2022`.\n',
    'front matter': '---\ntitle: Tokayev visited Sochi on August 21, 2022\n---\n\n# Notes\n',
    'HTML': '<div>Tokayev visited Sochi on August 21, 2022.</div>\n',
    'link destinations': 'See [the statement](https://example.org/sochi-2022-08-21/tokayev-visited-sochi-on-august-21-2022).\n',
    autolinks: 'See <https://example.org/Tokayev-visited-Sochi-on-August-21-2022>.\n',
  };
  for (const [what, draft] of Object.entries(cases)) {
    it(`skips ${what}`, () => assert.deepEqual(alarms(draft), []));
  }

  it('skips the number a thread\'s post opens with: "4/ Tokayev visited Sochi …" claims no 4', () => {
    assert.deepEqual(check('4/ Tokayev visited Sochi on August 21, 2022.\n').findings.map((f) => f.claimText), ['August 21, 2022']);
  });

  it('checks headings, list items, blockquotes and table cells', () => {
    const draft = [
      '# Tokayev visited Sochi on August 21, 2022',
      '',
      '- Tokayev visited Sochi on August 21, 2022.',
      '',
      '> Tokayev visited Sochi on August 21, 2022.',
      '',
      '| Event | Note |',
      '|---|---|',
      '| Sochi visit | Tokayev visited Sochi on August 21, 2022 |',
    ].join('\n');
    assert.deepEqual(alarms(draft).filter((f) => f.rule === 'date-contradiction').map((f) => f.range.start.line), [0, 2, 4, 8]);
  });

  it('gives ranges in UTF-16 code units, as the protocol does', () => {
    const [f] = alarms('Türkiye 🇹🇷: Tokayev visited Sochi on August 21, 2022.');
    assert.equal(f.range.start.character, 'Türkiye 🇹🇷: Tokayev visited Sochi on '.length);
  });
});

describe('inline ignores', () => {
  it('ignores a claim on its line', () => {
    assert.deepEqual(alarms('Tokayev visited Sochi on August 21, 2022. <!-- sourcecheck-ignore: August 21, 2022 -- the embargoed date -->'), []);
  });

  it('ignores the next line when the comment stands alone', () => {
    assert.deepEqual(alarms('<!-- sourcecheck-ignore -->\nTokayev visited Sochi on August 21, 2022.'), []);
  });

  it('ignores only the claim it names', () => {
    const found = alarms('Tokayev visited Sochi on August 21, 2022, and Kazakhstan borders Russia for 7,464 kilometers. <!-- sourcecheck-ignore: 7,464 kilometers -->');
    assert.deepEqual(found.map((f) => f.claimText), ['August 21, 2022']);
  });
});
