import { strict as assert } from 'node:assert';
import { inMemoryChecker, verdictsOf } from './inMemoryBase';

const SOURCE = 'Strikes\n\nWildlife strikes cost about 567,000 hours of civil aircraft down time each year. The jet ditched 8.5 miles from the airport.\n';
const c = inMemoryChecker('Strikes', SOURCE, [{ id: 'faa', kind: 'agency', name: 'Federal Aviation Administration', aliases: ['FAA'] }], [
  { id: 'downtime', source: 'report', event: 'Aircraft down time from wildlife strikes', entities: ['faa'], keywords: ['down time', 'downtime'], value: { type: 'duration', amount: 567000, unit: 'hour', bound: 'about' }, quote: 'Wildlife strikes cost about 567,000 hours of civil aircraft down time each year' },
  { id: 'distance', source: 'report', event: 'Distance of the ditching from the airport', entities: ['faa'], keywords: ['ditched', 'from the airport'], value: { type: 'quantity', amount: 8.5, unit: 'mi' }, quote: 'The jet ditched 8.5 miles from the airport' },
]);
const verdicts = (draft: string) => verdictsOf(c, draft);

describe('an approximate figure', () => {
  it('agrees with the source when it rounds it: "about 570,000 hours" for about 567,000', () => {
    assert.deepEqual(verdicts('FAA figures put wildlife down time at about 570,000 hours.'), ['supported 570,000 hours']);
  });

  it('is a slip when it is stated as finely as the source and steps off it: "about 576,000 hours" for about 567,000', () => {
    assert.deepEqual(verdicts('FAA figures put wildlife down time at about 576,000 hours.'), ['576,000 hours -> 567,000 hours']);
  });

  it('says the sourced figure as a reader writes it, its thousands grouped: "the source says about 567,000 hours"', () => {
    assert.match(c.check('FAA figures put wildlife down time at about 576,000 hours.').findings[0].message, /the source says about 567,000 hours/);
  });
});

describe('an approximate figure in another unit', () => {
  const border = inMemoryChecker('Border', 'Border\n\nThe land border between Kazakhstan and Russia is 7,644 kilometers long.\n', [{ id: 'kz', kind: 'country', name: 'Kazakhstan', aliases: [] }], [
    { id: 'length', source: 'report', event: 'Length of the land border with Russia', entities: ['kz'], keywords: ['border', 'long'], value: { type: 'quantity', amount: 7644, unit: 'km' }, quote: 'The land border between Kazakhstan and Russia is 7,644 kilometers long' },
  ]);

  it('agrees when it is the converted figure rounded ("about 4,750 miles", "about 4,700 miles"), not when its digits are swapped ("about 4,705 miles")', () => {
    assert.deepEqual(verdictsOf(border, 'The land border of Kazakhstan is about 4,750 miles long.'), ['supported 4,750 miles']);
    assert.deepEqual(verdictsOf(border, 'The land border of Kazakhstan is about 4,700 miles long.'), ['supported 4,700 miles']);
    assert.deepEqual(verdictsOf(border, 'The land border of Kazakhstan is about 4,705 miles long.'), ['4,705 miles -> 4,750 miles']);
  });
});

describe('a fix in the source’s own unit', () => {
  it('puts back the decimals the writer dropped, not the writer’s rounding of them: "85 miles" is fixed to "8.5 miles"', () => {
    assert.deepEqual(verdicts('The jet ditched 85 miles from the airport.'), ['85 miles -> 8.5 miles']);
  });
});

describe('the precision a writer’s digits show', () => {
  const quake = inMemoryChecker('Loma Prieta', 'Loma Prieta\n\nThe Loma Prieta earthquake had a magnitude of 6.9.\n', [{ id: 'loma-prieta', kind: 'event', name: 'Loma Prieta earthquake', aliases: ['Loma Prieta'] }], [
    { id: 'magnitude', source: 'report', event: 'Magnitude of the Loma Prieta earthquake', entities: ['loma-prieta'], keywords: ['earthquake', 'magnitude'], value: { type: 'scale', amount: 6.9, name: 'magnitude' }, quote: 'The Loma Prieta earthquake had a magnitude of 6.9' },
  ]);
  const said = (draft: string) => verdictsOf(quake, draft);

  it('rounds with the whole number: "a magnitude 7 earthquake" is 6.9 rounded', () => {
    assert.deepEqual(said('The Loma Prieta earthquake was a magnitude 7 earthquake.'), ['supported magnitude 7']);
  });

  it('holds to a tenth with a decimal, though it equals the whole number: "magnitude 7.0" is no rounding of 6.9', () => {
    assert.deepEqual(said('The Loma Prieta earthquake was a magnitude 7.0 earthquake.'), ['magnitude 7.0 -> magnitude 6.9']);
  });
});

const column = inMemoryChecker('Eruption', 'The eruption column rose more than 80,000 feet into the sky.\n', [], [
  { id: 'column', source: 'report', event: 'Height of the eruption column', entities: [], keywords: ['eruption column', 'column'], value: { type: 'quantity', amount: 80000, unit: 'ft', bound: 'at-least' }, quote: 'The eruption column rose more than 80,000 feet into the sky' },
]);

describe('an approximate figure against a source’s bound', () => {
  it('reaches the bound it rounds: "about 15 miles" for "more than 80,000 feet" (15.2 miles) is no slip', () => {
    assert.deepEqual(verdictsOf(column, 'The eruption column rose about 15 miles into the sky.').filter((v) => !v.startsWith('supported')), []);
  });

  it('still falls short of it when its own rounding does: "79,000 feet" for more than 80,000', () => {
    assert.deepEqual(verdictsOf(column, 'The eruption column rose 79,000 feet into the sky.'), ['79,000 feet -> 80,000 feet']);
  });
});

describe('a comparative against a source’s bound', () => {
  const record = inMemoryChecker('Record', 'Record\n\nYeager was the first to fly at a speed of more than 1,600 miles an hour.\n', [{ id: 'yeager', kind: 'person', name: 'Chuck Yeager', aliases: ['Yeager'] }], [
    { id: 'speed', source: 'report', event: 'Yeager’s speed record', entities: ['yeager'], keywords: ['fly', 'speed', 'faster'], value: { type: 'quantity', amount: 1600, unit: 'mph', bound: 'at-least' }, quote: 'the first to fly at a speed of more than 1,600 miles an hour' },
  ]);
  const errors = (draft: string) => verdictsOf(record, draft).filter((v) => !v.startsWith('supported'));

  it('bounds its figure as "more than" does, and may round the bound down in another unit: "faster than 2,500 km/h" for more than 1,600 mph', () => {
    assert.deepEqual(errors('Chuck Yeager was the first person to fly faster than 2,500 km/h.'), []);
  });

  it('still falls short of the bound when its rounding cannot reach it: "faster than 1,500 mph"', () => {
    assert.deepEqual(errors('Chuck Yeager was the first person to fly faster than 1,500 mph.'), ['1,500 mph -> 1,600 mph']);
  });
});
