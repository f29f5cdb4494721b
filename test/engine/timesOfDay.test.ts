import { strict as assert } from 'node:assert';
import { sentenceSpans } from '../../server/src/engine/claims/sentences';
import { inMemoryChecker, verdictsOf } from './inMemoryBase';

const closure = inMemoryChecker('Fishery closure', 'The closure will be effective at 6:00 p.m. EDT on July 13, 2010.\n', [], [
  { id: 'closure-time', source: 'report', event: 'The fishery closure takes effect', entities: [], keywords: ['closure'], value: { type: 'time', hour: 18, minute: 0, zone: 'EDT', date: { year: 2010, month: 7, day: 13 } }, quote: 'The closure will be effective at 6:00 p.m. EDT on July 13, 2010' },
]);

describe('a time of day', () => {
  it('goes on with its sentence after its zone: "at 8 p.m. EDT on July 13" is one sentence', () => {
    const text = 'The closure took effect at 8 p.m. EDT on July 13. Boats may still pass.';
    assert.deepEqual(sentenceSpans(text, 0, text.length).map(([s, e]) => text.slice(s, e).trim()), ['The closure took effect at 8 p.m. EDT on July 13.', 'Boats may still pass.']);
  });

  it('still ends a sentence before a word that is no zone: "at 3 p.m. The next day"', () => {
    const text = 'They met at 3 p.m. The next day they left.';
    assert.equal(sentenceSpans(text, 0, text.length).length, 2);
  });

  it('is of the day the sentence names: the closure "at 6:40 p.m. EDT on July 13" is a slip of its 6 p.m., on the right day', () => {
    assert.deepEqual(verdictsOf(closure, 'The closure took effect at 6:40 p.m. EDT on July 13.'), ['6:40 p.m. EDT -> 6:00 p.m. EDT', 'supported July 13']);
  });

  it('is another day’s time when the sentence names another day: "6:40 p.m. EDT on July 12" is left alone', () => {
    assert.deepEqual(verdictsOf(closure, 'The closure took effect at 6:40 p.m. EDT on July 12.'), []);
  });
});
