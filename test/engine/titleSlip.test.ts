import { strict as assert } from 'node:assert';
import { titleSlip } from '../../server/src/engine/verdicts/titleSlip';

describe('a title slip', () => {
  const given = (titles: string[]) => (t: string) => titles.includes(t);

  it('is an office the sources give someone else', () => {
    assert.equal(titleSlip('Home Secretary', 'defence secretary', given(['home secretary', 'defence secretary'])), true);
  });

  it('is the sourced post a rank up or down: "deputy director" for "director", "Director" for "Deputy Director"', () => {
    assert.equal(titleSlip('deputy director', 'director', given([])), true);
    assert.equal(titleSlip('Director', 'Deputy Director', given([])), true);
  });

  it('is another brief of the same cabinet rank: "Home Secretary" for "defence secretary"', () => {
    assert.equal(titleSlip('Home Secretary', 'defence secretary', given([])), true);
    assert.equal(titleSlip('Home Secretary', 'Home Minister', given([])), false);
  });

  it('is one office that leads a state for another: "President" for "Prime Minister"', () => {
    assert.equal(titleSlip('President', 'Prime Minister', given([])), true);
  });

  it('is not an office the sources give nobody: "Chancellor" for a "finance minister"', () => {
    assert.equal(titleSlip('Chancellor', 'finance minister', given(['finance minister'])), false);
  });
});
