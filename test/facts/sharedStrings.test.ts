import { strict as assert } from 'node:assert';
import { shareStrings } from '../../server/src/engine/factbase/sharedStrings';

describe('shared strings', () => {
  it('leaves every value of the parsed facts as it was, in arrays and nested objects alike', () => {
    const facts = [
      { id: 'a', source: 'tass', entities: ['kz', 'ru'], value: { type: 'count', amount: 3, noun: 'state' }, keywords: ['visit'] },
      { id: 'b', source: 'tass', entities: ['kz'], value: { type: 'count', amount: 4, noun: 'state', inferred: { reason: 'listed' } }, keywords: ['visit', 'talks'] },
    ];
    const text = JSON.stringify({ facts });
    assert.deepEqual(shareStrings(JSON.parse(text)), { facts });
  });
});
