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

describe('the end of a thing and its start', () => {
  const trials = inMemoryChecker('Trials', 'Trials\n\nThe Falke H2 began passenger trials in September 2023.\n', [{ id: 'falke', kind: 'train', name: 'Falke H2', aliases: [] }], [
    { id: 'trials-start', source: 'report', event: 'Falke H2 begins passenger trials', entities: ['falke'], keywords: ['trials', 'passenger trials', 'began'], value: { type: 'date', date: { year: 2023, month: 9 } }, quote: 'The Falke H2 began passenger trials in September 2023' },
  ]);
  const said = (draft: string) => trials.check(draft).findings.filter((f) => f.severity !== 'info').map((f) => [f.claimText, f.fix?.newText]);

  it('are two events: "the Falke H2 trials are due to end in spring 2025" is no slip of their start', () => {
    assert.deepEqual(said('The Falke H2 passenger trials are due to end in spring 2025.'), []);
  });

  it('leaves a start a start: "the Falke H2 began passenger trials in October 2023" is a slip', () => {
    assert.deepEqual(said('The Falke H2 began passenger trials in October 2023.'), [['October 2023', 'September 2023']]);
  });
});
