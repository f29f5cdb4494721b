import { strict as assert } from 'node:assert';
import { bundled, check } from './bundled';

describe('unsourced claims', () => {
  it('notes, as info, a date about known people that no fact covers', () => {
    const [f] = check('Tokayev visited Beijing in 2015.').findings;
    assert.equal(f.rule, 'unsourced-claim');
    assert.equal(f.severity, 'info');
    assert.equal(f.claimText, '2015');
    assert.equal(f.fix, undefined);
  });

  const claimed = (draft: string) => check(draft).findings.map((f) => f.claimText);
  it('reads no claim in a day of a span of days, a rank in a title or an ordinal made an adjective', () => {
    assert.deepEqual(claimed('On 29-30 November 2022, Tokayev made an official visit to France.'), []);
    assert.deepEqual(claimed('Tokayev met First Deputy Prime Minister Roman Sklyar in Astana.'), []);
    assert.deepEqual(claimed('Tasmagambetov will be presented with the CSTO’s first-degree honorary badge.'), []);
  });

  it('stays silent about figures in sentences that name nobody it knows', () => {
    assert.deepEqual(check('The committee met 12 times in 2015.').findings, []);
  });
});

describe('severity settings', () => {
  it('lowers a rule or turns it off', () => {
    const draft = 'Tokayev visited Sochi on August 21, 2022.';
    assert.equal(bundled().check(draft, { severity: { 'date-contradiction': 'warning' } }).findings[0].severity, 'warning');
    assert.deepEqual(bundled().check(draft, { severity: { 'date-contradiction': 'off' } }).findings, []);
  });
});
