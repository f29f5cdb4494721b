import { strict as assert } from 'node:assert';
import { inMemoryChecker, verdictsOf } from './inMemoryBase';

const SOURCE = 'Update\n\nA magnitude 5.0 earthquake on the same fault damaged Napa in 2000. Revenue rose by 7.3 percent to 3.84 billion dollars.\n';
const c = inMemoryChecker('Update', SOURCE, [{ id: 'napa', kind: 'city', name: 'Napa', aliases: [] }], [
  { id: 'quake-2000', source: 'report', event: 'The 2000 earthquake on the same fault', entities: ['napa'], keywords: ['earthquake', 'fault', 'damaged'], value: { type: 'scale', amount: 5, name: 'magnitude' }, when: { year: 2000 }, quote: 'A magnitude 5.0 earthquake on the same fault damaged Napa in 2000' },
  { id: 'growth', source: 'report', event: 'Revenue growth', entities: ['napa'], keywords: ['revenue', 'rose'], value: { type: 'percent', amount: 7.3 }, quote: 'Revenue rose by 7.3 percent to 3.84 billion dollars' },
]);
const verdicts = (draft: string) => verdictsOf(c, draft);

const aftershocks = inMemoryChecker('Update', 'Update\n\nThere have been more than 80 aftershocks. Only four of these have had magnitudes greater than 3.\n', [{ id: 'usgs', kind: 'agency', name: 'U.S. Geological Survey', aliases: ['USGS'] }], [
  { id: 'aftershocks', source: 'report', event: 'Aftershocks above magnitude 3', entities: ['usgs'], keywords: ['aftershocks', 'magnitude'], value: { type: 'count', amount: 4, noun: 'aftershock' }, quote: 'Only four of these have had magnitudes greater than 3' },
]);

describe('a range of figures', () => {
  it('holds neither end as a value: "roughly 1 to 10 smaller aftershocks, between magnitude 3 and 5"', () => {
    const draft = 'The USGS also expects roughly 1 to 10 smaller aftershocks, between magnitude 3 and 5, in the coming week.';
    assert.deepEqual(aftershocks.check(draft).findings.filter((f) => f.severity !== 'info'), []);
  });

  it('is not a change from one value to another: "revenue rose 3.7 percent to 3.84 billion dollars" is a slip of 7.3', () => {
    assert.deepEqual(verdicts('In Napa revenue rose 3.7 percent to 3.84 billion dollars.'), ['3.7 percent -> 7.3 percent']);
  });
});

describe('a fix with the writer’s decimals', () => {
  it('keeps them where the figure keeps its size: "magnitude 5.5" is fixed to "magnitude 5.0"', () => {
    assert.deepEqual(verdicts('A magnitude 5.5 earthquake on the same fault damaged Napa in 2000.'), ['magnitude 5.5 -> magnitude 5.0']);
  });
});

describe('a moment within something', () => {
  const flight = inMemoryChecker('Flight', 'Flight\n\nThe crew splashed down after a flight of 142 hours.\n', [{ id: 'apollo-13', kind: 'mission', name: 'Apollo 13', aliases: [] }], [
    { id: 'length', source: 'report', event: 'The length of the Apollo 13 flight', entities: ['apollo-13'], keywords: ['flight', 'hours'], value: { type: 'duration', amount: 142, unit: 'hour' }, quote: 'after a flight of 142 hours' },
  ]);

  it('is no length of it: "about 56 hours into the flight" is not how long the flight of Apollo 13 lasted, "a flight of 124 hours" is', () => {
    assert.deepEqual(verdictsOf(flight, 'About 56 hours into the flight of Apollo 13, a tank exploded.'), []);
    assert.deepEqual(verdictsOf(flight, 'Apollo 13 splashed down after a flight of 124 hours.'), ['124 hours -> 142 hours']);
  });
});
