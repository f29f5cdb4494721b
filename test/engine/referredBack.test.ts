import { strict as assert } from 'node:assert';
import { inMemoryChecker, verdictsOf } from './inMemoryBase';

const SOURCE = 'President Arlen of Norland met President Bask of Sudmark. They marked the 30th anniversary of relations between Norland and Sudmark.\n';
const summit = inMemoryChecker('A summit', SOURCE, [
  { id: 'norland', kind: 'country', name: 'Norland', aliases: [] },
  { id: 'sudmark', kind: 'country', name: 'Sudmark', aliases: [] },
  { id: 'arlen', kind: 'person', name: 'Piet Arlen', aliases: ['Arlen'] },
  { id: 'bask', kind: 'person', name: 'Ona Bask', aliases: ['Bask'] },
], [
  { id: 'arlen-president', source: 'report', event: 'Arlen is President of Norland', entities: ['norland'], value: { type: 'role', person: 'arlen', title: 'President', of: 'norland' }, quote: 'President Arlen of Norland' },
  { id: 'bask-president', source: 'report', event: 'Bask is President of Sudmark', entities: ['sudmark'], value: { type: 'role', person: 'bask', title: 'President', of: 'sudmark' }, quote: 'President Bask of Sudmark' },
  { id: 'anniversary', source: 'report', event: '30th anniversary of relations between Norland and Sudmark', entities: ['norland', 'sudmark'], keywords: ['anniversary', 'relations'], value: { type: 'ordinal', amount: 30, noun: 'anniversary' }, quote: 'the 30th anniversary of relations between Norland and Sudmark' },
]);

describe('the people a sentence refers back to', () => {
  it('bring their countries: "The two leaders marked the 31st anniversary of relations" after "Arlen met Bask" is a slip of the 30th', () => {
    assert.deepEqual(verdictsOf(summit, 'Arlen met Bask in the capital. The two leaders marked the 31st anniversary of relations.'), ['31st -> 30th']);
  });

  it('do not when the sentence does not refer to them as leaders: "The 31st anniversary of something else came up"', () => {
    assert.deepEqual(verdictsOf(summit, 'Arlen met Bask in the capital. Reporters recalled the 31st anniversary of relations.'), []);
  });
});

describe('an age that opens a sentence as its subject', () => {
  const visit = inMemoryChecker('A visit', 'President Arlen, 69, met President Bask in the capital.\n', [
    { id: 'arlen', kind: 'person', name: 'Piet Arlen', aliases: ['Arlen'] },
    { id: 'bask', kind: 'person', name: 'Ona Bask', aliases: ['Bask'] },
  ], [
    { id: 'arlen-age', source: 'report', event: 'Arlen’s age at the visit', entities: ['arlen'], keywords: ['year-old', 'aged'], value: { type: 'age', years: 69 }, quote: 'President Arlen, 69' },
  ]);

  it('is the age of the person named before, not of the one it speaks to: "The 68-year-old told Bask …" after Arlen', () => {
    assert.deepEqual(verdictsOf(visit, 'Arlen flew in on Monday. The 68-year-old told Bask the visit was symbolic.'), ['68-year-old -> 69-year-old']);
  });
});
