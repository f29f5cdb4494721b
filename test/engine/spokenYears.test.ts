import { strict as assert } from 'node:assert';
import { sayYear, spokenYear } from '../../server/src/engine/claims/spokenYears';

describe('a year said in words', () => {
  it('is read in pairs, with "oh", or by the thousand', () => {
    assert.deepEqual(['nineteen ninety-six', 'nineteen oh five', 'twenty twenty-two', 'two thousand and nine', 'two thousand'].map((t) => spokenYear(t)?.year), [1996, 1905, 2022, 2009, 2000]);
  });

  it('is no year when the pairs do not make one: "nineteen five", "twenty oh twelve"', () => {
    assert.deepEqual(['nineteen five', 'twenty oh twelve'].map((t) => spokenYear(t)), [undefined, undefined]);
  });

  it('is said back the way the writer said theirs', () => {
    assert.deepEqual([sayYear(1998, 'pairs', false), sayYear(1905, 'pairs', false), sayYear(2019, 'thousand', true), sayYear(2019, 'thousand', false)], ['nineteen ninety-eight', 'nineteen oh five', 'two thousand and nineteen', 'two thousand nineteen']);
  });
});
