import { strict as assert } from 'node:assert';
import { inMemoryChecker } from './inMemoryBase';

const SOURCE = 'Ditching\n\nOn January 15, 2009, US Airways Flight 1549 struck a flock of Canada geese after takeoff from LaGuardia Airport.\n';
const c = inMemoryChecker('Ditching', SOURCE, [
  { id: 'flight-1549', kind: 'flight', name: 'US Airways Flight 1549', aliases: ['Flight 1549'] },
  { id: 'lga', kind: 'airport', name: 'LaGuardia Airport', aliases: ['LaGuardia'] },
], [
  { id: 'strike-date', source: 'report', event: 'Flight 1549 strikes birds', entities: ['flight-1549', 'lga'], keywords: ['struck', 'geese', 'birds'], value: { type: 'date', date: { year: 2009, month: 1, day: 15 } }, quote: 'On January 15, 2009, US Airways Flight 1549 struck a flock of Canada geese' },
]);
const alarms = (draft: string) => c.check(draft).findings.filter((f) => f.severity !== 'info').map((f) => [f.claimText, f.fix?.newText]);

describe('a date that opens the sentence', () => {
  it('dates its main clause, however long the subject before the verb: "On January 16, 2009, a jet climbing out of LaGuardia as Flight 1549 struck geese"', () => {
    assert.deepEqual(alarms('On January 16, 2009, a twin-engine jet climbing out of LaGuardia Airport as US Airways Flight 1549 struck a skein of Canada geese.'), [['January 16, 2009', 'January 15, 2009']]);
  });

  it('reaches no further than a date in mid-sentence does: "Pilots train for years, and on January 16, 2009, …" stays near its words', () => {
    assert.deepEqual(alarms('Pilots train for years for emergencies over water, and on January 16, 2009, many of them watched the news from LaGuardia Airport as the geese season began.'), []);
  });
});
