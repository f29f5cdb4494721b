import { strict as assert } from 'node:assert';
import { inMemoryChecker } from './inMemoryBase';

const SOURCE = 'Orders\n\nIn February 2024 Acme Rail signed a framework agreement with the Austrian operator Alpenbahn.\n';
const c = inMemoryChecker('Orders', SOURCE, [{ id: 'acme', kind: 'company', name: 'Acme Rail', aliases: ['Acme'] }], [
  { id: 'deal-date', source: 'report', event: 'Acme signs a framework agreement with Alpenbahn', entities: ['acme'], keywords: [], value: { type: 'date', date: { year: 2024, month: 2 } }, quote: 'In February 2024 Acme Rail signed a framework agreement with the Austrian operator Alpenbahn' },
]);
const alarms = (draft: string) => c.check(draft).findings.filter((f) => f.severity !== 'info').map((f) => [f.claimText, f.fix?.newText]);

describe('a transcript’s speaker label', () => {
  it('says who speaks, not what the line tells: "**Operator:** That concludes today’s call" is no date of a deal with an operator', () => {
    const call = '---\ndate: 2024-03-14\n---\n\n**Jana Petrović:** Acme Rail had a strong year, and the framework agreement stands.\n\n**Operator:** That concludes today’s call with Acme Rail. Thank you.';
    assert.deepEqual(alarms(call), []);
  });

  it('leaves what the line says after it: "**Update:** In March 2024 Acme Rail signed a framework agreement …" is a slip', () => {
    assert.deepEqual(alarms('**Update:** In March 2024 Acme Rail signed a framework agreement with the Austrian operator Alpenbahn.'), [['March 2024', 'February 2024']]);
  });
});
