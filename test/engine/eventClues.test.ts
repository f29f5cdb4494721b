import { strict as assert } from 'node:assert';
import { inMemoryChecker, inMemorySources, verdictsOf } from './inMemoryBase';

describe('where an event happened tells it, with one of its parties', () => {
  const c = inMemoryChecker('Visits', 'Visits\n\nMr. Tokayev visited Sochi on August 19, 2022 and met Vladimir Putin.\n', [
    { id: 'tokayev', kind: 'person', name: 'Kassym-Jomart Tokayev', aliases: ['Tokayev'] },
    { id: 'putin', kind: 'person', name: 'Vladimir Putin', aliases: ['Putin'] },
    { id: 'sochi', kind: 'city', name: 'Sochi' },
  ], [
    { id: 'sochi-visit', source: 'report', event: 'Tokayev visits Sochi and meets Putin', entities: ['tokayev', 'putin', 'sochi'], keywords: ['visited', 'met'], value: { type: 'date', date: { year: 2022, month: 8, day: 19 } }, quote: 'Mr. Tokayev visited Sochi on August 19, 2022' },
  ]);

  it('as a verb would: "On August 9, 2022 he was in Sochi with Vladimir Putin" is a slip of the day', () => {
    assert.deepEqual(verdictsOf(c, 'Tokayev flew south. On August 9, 2022 he was in Sochi with Vladimir Putin.'), ['August 9, 2022 -> August 19, 2022']);
  });

  it('but not a place merely named: "On August 9, 2022 Putin praised Sochi" says nothing of the visit', () => {
    assert.deepEqual(verdictsOf(c, 'On August 9, 2022 Putin praised Sochi.'), []);
  });
});

describe('facts that name only things', () => {
  const source = 'The 1900 glider was a double-decker with a span of about 17 feet. In 1901 the Wrights built a 22-foot span glider. Wilbur and Orville Wright arrived in September 1900. The brothers flew the 1901 glider in July 1901.';
  const c = inMemorySources([{ id: 'handbook', title: 'Handbook', text: source }], [
    { id: 'wilbur', kind: 'person', name: 'Wilbur Wright', aliases: ['Wilbur'] },
    { id: 'orville', kind: 'person', name: 'Orville Wright', aliases: ['Orville'] },
    { id: 'glider-1900', kind: 'glider', name: '1900 glider' },
    { id: 'glider-1901', kind: 'glider', name: '1901 glider' },
  ], [
    { id: 'span-1900', source: 'handbook', event: 'Span of the 1900 glider', entities: ['glider-1900'], keywords: ['span', 'wide'], value: { type: 'quantity', amount: 17, unit: 'ft', bound: 'about' }, quote: 'a double-decker with a span of about 17 feet', when: { year: 1900 } },
    { id: 'span-1901', source: 'handbook', event: 'Span of the 1901 glider', entities: ['glider-1901'], keywords: ['span', 'wide', 'built'], value: { type: 'quantity', amount: 22, unit: 'ft' }, quote: 'In 1901 the Wrights built a 22-foot span glider', when: { year: 1901 } },
    { id: 'arrived', source: 'handbook', event: 'The brothers arrive', entities: ['wilbur', 'orville'], keywords: ['arrived'], value: { type: 'date', date: { year: 1900, month: 9 } }, quote: 'Wilbur and Orville Wright arrived in September 1900' },
    { id: 'flew-1901', source: 'handbook', event: 'The brothers fly the 1901 glider', entities: ['wilbur', 'orville', 'glider-1901'], keywords: ['flew'], value: { type: 'date', date: { year: 1901, month: 7 } }, quote: 'The brothers flew the 1901 glider in July 1901' },
  ]);

  it('belong to the story their source tells: after "Wilbur and Orville", "their glider is about 17 feet wide" is the 1900 glider’s span, no slip of 1901’s', () => {
    assert.deepEqual(verdictsOf(c, 'Wilbur and Orville stay with the Tates. Their glider is about 17 feet wide.'), ['supported 17 feet']);
  });
});

describe('a source that counts some apart from others', () => {
  const c = inMemoryChecker('Flight', 'Flight\n\nOnly five persons besides ourselves were present.\n', [{ id: 'flight', kind: 'event', name: 'first flight' }], [
    { id: 'witnesses', source: 'report', event: 'Witnesses of the first flight', entities: ['flight'], keywords: ['present', 'saw', 'witnessed'], value: { type: 'count', amount: 5, noun: 'person' }, quote: 'Only five persons besides ourselves were present.' },
  ]);

  it('leaves a count of everyone unjudged: "Counting Orville and Wilbur, just seven people saw the first flight"', () => {
    assert.deepEqual(verdictsOf(c, 'Counting Orville and Wilbur, just seven people saw the first flight.'), []);
  });

  it('checks a count that sets the same ones apart: "four people besides the brothers saw the first flight"', () => {
    assert.deepEqual(verdictsOf(c, 'Only four people besides the brothers saw the first flight.'), ['four -> five']);
  });
});

describe('an irregular verb in any of its forms', () => {
  const c = inMemoryChecker('Unions', 'Unions\n\nThe Eurasian Economic Community turned into the Eurasian Economic Union in 2015.\n', [
    { id: 'eaeu', kind: 'organization', name: 'Eurasian Economic Union' },
    { id: 'eurasec', kind: 'organization', name: 'Eurasian Economic Community' },
  ], [
    { id: 'founded', source: 'report', event: 'The Community became the Union', entities: ['eaeu', 'eurasec'], keywords: ['became'], value: { type: 'date', date: { year: 2015 } }, quote: 'turned into the Eurasian Economic Union in 2015' },
  ]);

  it('tells the event as its past does: "| 2014 | Eurasian Economic Community becomes the Eurasian Economic Union |"', () => {
    assert.deepEqual(verdictsOf(c, '| Year | Event |\n|---|---|\n| 2014 | Eurasian Economic Community becomes the Eurasian Economic Union |\n'), ['2014 -> 2015']);
  });
});

describe('facts the words point at, of the person named and of another', () => {
  const c = inMemoryChecker('Offices', 'Offices\n\nOn March 20, 2019, Tokayev was sworn in as president. Tasmagambetov takes office as Secretary General on 1 January 2023.\n', [
    { id: 'tokayev', kind: 'person', name: 'Kassym-Jomart Tokayev', aliases: ['Tokayev'] },
    { id: 'tasmagambetov', kind: 'person', name: 'Imangali Tasmagambetov', aliases: ['Tasmagambetov'] },
  ], [
    { id: 'sworn-in', source: 'report', event: 'Tokayev is sworn in as president', entities: ['tokayev'], keywords: ['sworn'], value: { type: 'date', date: { year: 2019, month: 3, day: 20 } }, quote: 'On March 20, 2019, Tokayev was sworn in as president' },
    { id: 'takes-office', source: 'report', event: 'Tasmagambetov takes office as Secretary General', entities: ['tasmagambetov'], keywords: ['takes office', 'took office'], value: { type: 'date', date: { year: 2023, month: 1, day: 1 } }, quote: 'Tasmagambetov takes office as Secretary General on 1 January 2023' },
  ]);

  it('judge the claim by the named person’s: "When Tokayev took office in February 2019" is a slip of his swearing-in', () => {
    assert.deepEqual(verdictsOf(c, 'When Tokayev took office in February 2019, analysts expected little change.'), ['February 2019 -> March 2019']);
  });
});

describe('a phrase set off by commas after a name', () => {
  const c = inMemoryChecker('Taylor', 'Taylor\n\nCharles Edward Taylor (1868-1956) built the engine.\n', [
    { id: 'taylor', kind: 'person', name: 'Charlie Taylor', aliases: ['Taylor', 'Charles Edward Taylor'] },
    { id: 'shop', kind: 'organization', name: 'Wright Cycle Company' },
  ], [
    { id: 'born', source: 'report', event: 'Charlie Taylor is born', entities: ['taylor'], keywords: ['born'], value: { type: 'date', date: { year: 1868 } }, quote: 'Charles Edward Taylor (1868-1956)' },
  ]);

  it('says who that is, and the bodies it names are no parties: "Charlie Taylor, the machinist at the Wright Cycle Company, was born in 1886"', () => {
    assert.deepEqual(verdictsOf(c, 'Charlie Taylor, the machinist at the Wright Cycle Company, was born in 1886.'), ['1886 -> 1868']);
  });

  it('while a body that is the sentence’s subject still is: "The Wright Cycle Company was born in 1886"', () => {
    assert.deepEqual(verdictsOf(c, 'The Wright Cycle Company, a bicycle shop, was born in 1886.'), []);
  });
});

describe('a date between an event’s word and its place', () => {
  const c = inMemoryChecker('Council', 'Council\n\nThe meeting of the Supreme Eurasian Economic Council will be held in late May in Astana.\n', [
    { id: 'council', kind: 'organization', name: 'Supreme Eurasian Economic Council' },
    { id: 'astana', kind: 'city', name: 'Astana' },
    { id: 'moscow', kind: 'city', name: 'Moscow' },
  ], [
    { id: 'council-place', source: 'report', event: 'The Council meets in Astana', entities: ['council'], keywords: ['held', 'meeting'], value: { type: 'entity', entity: 'astana', slot: 'place' }, quote: 'The meeting of the Supreme Eurasian Economic Council will be held in late May in Astana' },
  ]);

  it('tells when, and leaves the place as near the word: "held in late May 2019 in Moscow" is the wrong city', () => {
    assert.deepEqual(verdictsOf(c, 'The meeting of the Supreme Eurasian Economic Council was held in late May 2019 in Moscow.'), ['Moscow -> Astana']);
  });
});
