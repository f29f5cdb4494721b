import { strict as assert } from 'node:assert';
import { inMemoryChecker } from './inMemoryBase';

const SOURCE = 'Results\n\nIn fiscal 2023 the group reached an EBIT margin of 5.7 percent.\n';
const c = inMemoryChecker('Results', SOURCE, [{ id: 'acme', kind: 'company', name: 'Acme Rail', aliases: ['Acme'] }], [
  { id: 'margin-2023', source: 'report', event: 'Acme EBIT margin in fiscal 2023', entities: ['acme'], keywords: ['ebit margin', 'margin'], value: { type: 'percent', amount: 5.7 }, when: { year: 2023 }, quote: 'an EBIT margin of 5.7 percent' },
]);
const alarms = (draft: string) => c.check(draft).findings.filter((f) => f.severity !== 'info').map((f) => [f.claimText, f.fix?.newText]);
const dated = (body: string) => `---\ndate: 2024-03-15\n---\n\n${body}`;

describe('the time a figure holds', () => {
  it('is not ruled out by the day the story is told: "reported its 2023 numbers yesterday, with an EBIT margin of 5.2%"', () => {
    assert.deepEqual(alarms(dated('Acme Rail reported its full-year 2023 numbers yesterday, with an EBIT margin of 5.2%.')), [['5.2%', '5.7%']]);
    assert.deepEqual(alarms(dated('Acme Rail reported its numbers yesterday, with an EBIT margin of 5.2%.')), [['5.2%', '5.7%']]);
  });

  it('is ruled out by another year the sentence names: "in 2021 Acme reached an EBIT margin of 5.2%"', () => {
    assert.deepEqual(alarms(dated('In 2021 Acme Rail reached an EBIT margin of 5.2%.')), []);
  });

  it('holds when the sentence names it beside the day of the report: "its 2023 numbers, published on 14 March 2024"', () => {
    assert.deepEqual(alarms(dated('Acme Rail put its EBIT margin for 2023 at 5.2% in results published on 14 March 2024.')), [['5.2%', '5.7%']]);
  });
});
