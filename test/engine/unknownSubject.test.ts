import { strict as assert } from 'node:assert';
import { alarms } from './bundled';

describe('a sentence about someone the base does not know', () => {
  const silent: Array<[string, string]> = [
    ['makes the "he" after it that person: no age of Tokayev', 'Tokayev met Putin in Moscow.\n\nTaalatbek Masadykov is an experienced diplomat. He is 64 years old.'],
    ['leaves the body it named no "he": no start of Tasmagambetov’s term', 'Taalatbek Masadykov has been appointed the new Secretary General of the Collective Security Treaty Organization (CSTO). He will assume his duties on January 1, 2026.'],
  ];
  for (const [title, draft] of silent) it(`${title}: "${draft.split('\n').pop()}"`, () => assert.deepEqual(alarms(draft), []));

  it('still lets a sourced person’s "he" carry: "Tasmagambetov was appointed … He will take office on January 1, 2024" is a slip', () => {
    const draft = 'Imangali Tasmagambetov was appointed Secretary General of the CSTO. He will take office as Secretary General on January 1, 2024.';
    assert.deepEqual(alarms(draft).map((f) => f.fix?.newText), ['January 1, 2023']);
  });
});
