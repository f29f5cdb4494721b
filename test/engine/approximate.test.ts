import { strict as assert } from 'node:assert';
import { inMemoryChecker } from './inMemoryBase';

const SOURCE = 'Strikes\n\nWildlife strikes cost about 567,000 hours of civil aircraft down time each year. The jet ditched 8.5 miles from the airport.\n';
const c = inMemoryChecker('Strikes', SOURCE, [{ id: 'faa', kind: 'agency', name: 'Federal Aviation Administration', aliases: ['FAA'] }], [
  { id: 'downtime', source: 'report', event: 'Aircraft down time from wildlife strikes', entities: ['faa'], keywords: ['down time', 'downtime'], value: { type: 'duration', amount: 567000, unit: 'hour', bound: 'about' }, quote: 'Wildlife strikes cost about 567,000 hours of civil aircraft down time each year' },
  { id: 'distance', source: 'report', event: 'Distance of the ditching from the airport', entities: ['faa'], keywords: ['ditched', 'from the airport'], value: { type: 'quantity', amount: 8.5, unit: 'mi' }, quote: 'The jet ditched 8.5 miles from the airport' },
]);
const verdicts = (draft: string) => {
  const r = c.check(draft);
  return [...r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.claimText} -> ${f.fix?.newText}`), ...r.supported.map((s) => `supported ${s.claimText}`)];
};

describe('an approximate figure', () => {
  it('agrees with the source when it rounds it: "about 570,000 hours" for about 567,000', () => {
    assert.deepEqual(verdicts('FAA figures put wildlife down time at about 570,000 hours.'), ['supported 570,000 hours']);
  });

  it('is a slip when it is stated as finely as the source and steps off it: "about 576,000 hours" for about 567,000', () => {
    assert.deepEqual(verdicts('FAA figures put wildlife down time at about 576,000 hours.'), ['576,000 hours -> 567,000 hours']);
  });
});

describe('a fix in the source’s own unit', () => {
  it('puts back the decimals the writer dropped, not the writer’s rounding of them: "85 miles" is fixed to "8.5 miles"', () => {
    assert.deepEqual(verdicts('The jet ditched 85 miles from the airport.'), ['85 miles -> 8.5 miles']);
  });
});
