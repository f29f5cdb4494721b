import { strict as assert } from 'node:assert';
import { inMemoryChecker } from './inMemoryBase';

const SOURCE = 'Results\n\nIn fiscal 2023 the group reached an EBIT margin of 5.7 percent.\n';
const c = inMemoryChecker('Results', SOURCE, [{ id: 'acme', kind: 'company', name: 'Acme Rail', aliases: ['Acme'] }], [
  { id: 'margin-2023', source: 'report', event: 'Acme EBIT margin in fiscal 2023', entities: ['acme'], keywords: ['ebit margin', 'margin'], value: { type: 'percent', amount: 5.7 }, when: { year: 2023 }, quote: 'an EBIT margin of 5.7 percent' },
]);
const alarms = (draft: string) => c.check(draft).findings.filter((f) => f.severity !== 'info').map((f) => [f.claimText, f.fix?.newText]);

describe('a table column headed by a year', () => {
  it('holds its cells in that year: under "FY2022" a margin is last year’s, under "FY2023" a slip of this year’s', () => {
    const table = ['Acme Rail key figures:', '', '| | FY2023 | FY2022 |', '|---|---|---|', '| EBIT margin | 5.2% | 5.2% |'].join('\n');
    assert.deepEqual(alarms(table), [['5.2%', '5.7%']]);
    assert.equal(c.check(table).findings.find((f) => f.rule === 'figure-contradiction')?.range.start.character, 16);
  });

  it('reads "Fiscal 2022" and "2022" as the year too', () => {
    for (const header of ['Fiscal 2022', '2022']) {
      assert.deepEqual(alarms(`Acme Rail key figures:\n\n| Figure | ${header} |\n|---|---|\n| EBIT margin | 5.2% |`), []);
    }
  });

  it('keeps an empty corner cell, so every header stands over its own column', () => {
    const table = ['Acme Rail key figures:', '', '| | EBIT margin | Staff |', '|---|---|---|', '| Acme | 5.2% | 900 |'].join('\n');
    assert.deepEqual(alarms(table), [['5.2%', '5.7%']]);
  });
});

const probes = inMemoryChecker('Probes', 'Voyager 1 was 152 AU from the Sun. Voyager 2 was 119 AU from the Sun.\n', [
  { id: 'v1', kind: 'spacecraft', name: 'Voyager 1' },
  { id: 'v2', kind: 'spacecraft', name: 'Voyager 2' },
], [
  { id: 'v1-distance', source: 'report', event: "Voyager 1's distance from the Sun", entities: ['v1'], keywords: ['distance'], value: { type: 'quantity', amount: 152, unit: 'au' }, quote: 'Voyager 1 was 152 AU from the Sun' },
  { id: 'v2-distance', source: 'report', event: "Voyager 2's distance from the Sun", entities: ['v2'], keywords: ['distance'], value: { type: 'quantity', amount: 119, unit: 'au' }, quote: 'Voyager 2 was 119 AU from the Sun' },
]);

describe('a table column headed by a name', () => {
  it('holds the figures of its own column’s entity: 152 under "Voyager 1" is no slip of Voyager 2’s 119', () => {
    const table = ['| | Voyager 1 | Voyager 2 |', '|---|---|---|', '| Distance from the Sun (AU) | 152 | 129 |'].join('\n');
    assert.deepEqual(probes.check(table).findings.filter((f) => f.severity !== 'info').map((f) => [f.claimText, f.fix?.newText]), [['129', '119']]);
  });
});
