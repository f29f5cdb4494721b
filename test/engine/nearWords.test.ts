import { strict as assert } from 'node:assert';
import { NearWords } from '../../server/src/engine/claims/nearWords';

function wordsOf(...plain: string[]): NearWords<string> {
  const near = new NearWords<string>();
  for (const p of plain) near.add(p, p);
  return near;
}

describe('near words', () => {
  const near = wordsOf('japarov', 'japarova', 'jeenbekov', 'tokayev', 'tokaev', 'takayev', 'kasym', 'atambayev');

  it('finds the words a slip away with the same first letter, in the order they were added', () => {
    assert.deepEqual(near.within('japorov', 1), ['japarov']);
    assert.deepEqual(near.within('japorov', 2), ['japarov', 'japarova']);
    assert.deepEqual(near.within('tokayve', 1), ['tokayev']);
    assert.deepEqual(near.within('tokayev', 1), ['tokayev', 'tokaev', 'takayev']);
  });

  it('finds nothing whose first letter differs, or that is further than the radius', () => {
    assert.deepEqual(near.within('okayev', 1), []);
    assert.deepEqual(near.within('jeenbakova', 1), []);
  });

  it('finds a word itself at no edits', () => {
    assert.deepEqual(near.within('kasym', 0), ['kasym']);
    assert.deepEqual(near.within('kasim', 0), []);
  });

  it('finds a short word a slip away though it shares no letter pair', () => {
    assert.deepEqual(wordsOf('abe', 'axe').within('aex', 1), ['axe']);
    assert.deepEqual(wordsOf('bo', 'bob', 'boba').within('bxq', 1), []);
  });
});
