import { strict as assert } from 'node:assert';
import { keySlip } from '../../server/src/engine/verdicts/keySlip';

describe('a slip of the keys', () => {
  it('is one digit changed, two neighbours swapped or the point moved', () => {
    assert.deepEqual([keySlip(59.6, 59.9), keySlip(1936, 1963), keySlip(5.99, 59.9), keySlip(2019, 2009)], [true, true, true, true]);
  });

  it('is not another figure: two digits changed, digits added, or the same rounded', () => {
    assert.deepEqual([keySlip(37, 67.3), keySlip(1912, 1291), keySlip(59, 59.9), keySlip(60, 59.9)], [false, false, false, false]);
  });

  it('is not a digit changed and the point moved at once: 0.2 for 1, 42 for 4.3', () => {
    assert.deepEqual([keySlip(0.2, 1), keySlip(42, 4.3)], [false, false]);
  });
});
