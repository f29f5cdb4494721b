import { strict as assert } from 'node:assert';
import type { Checker } from '../../server/src/engine/index';
import { inMemoryChecker, verdictsOf } from './inMemoryBase';

/**
 * Two events of one kind held in two cities: each city is the place of one only. The
 * tournament is named by as many facts as make an entity common, so that naming it
 * tells no fact from another.
 */
const MATCHES = Array.from({ length: 30 }, (_, i) => `World Cup match ${i + 1} drew ${1000 + i} fans.`);
const SOURCE = `Semi-finals

Germany beat Brazil 7-1 in the World Cup semi-final in Belo Horizonte.
Argentina beat the Netherlands on penalties in the World Cup semi-final in Sao Paulo.
${MATCHES.join('\n')}
`;

const ENTITIES = [
  { id: 'germany', kind: 'country', name: 'Germany', aliases: [] },
  { id: 'brazil', kind: 'country', name: 'Brazil', aliases: [] },
  { id: 'argentina', kind: 'country', name: 'Argentina', aliases: [] },
  { id: 'netherlands', kind: 'country', name: 'Netherlands', aliases: ['the Netherlands'] },
  { id: 'belo-horizonte', kind: 'city', name: 'Belo Horizonte', aliases: [] },
  { id: 'sao-paulo', kind: 'city', name: 'Sao Paulo', aliases: [] },
  { id: 'world-cup', kind: 'event', name: 'World Cup', aliases: [] },
];

const FACTS = [
  { id: 'first-semi-place', source: 'report', event: 'Germany–Brazil semi-final', entities: ['world-cup', 'germany', 'brazil'], keywords: ['semi-final'], value: { type: 'entity', slot: 'place', entity: 'belo-horizonte' }, quote: 'Germany beat Brazil 7-1 in the World Cup semi-final in Belo Horizonte' },
  { id: 'second-semi-place', source: 'report', event: 'Argentina–Netherlands semi-final', entities: ['world-cup', 'argentina', 'netherlands'], keywords: ['semi-final'], value: { type: 'entity', slot: 'place', entity: 'sao-paulo' }, quote: 'Argentina beat the Netherlands on penalties in the World Cup semi-final in Sao Paulo' },
  ...MATCHES.map((quote, i) => ({ id: `match-${i + 1}`, source: 'report', event: `match ${i + 1}`, entities: ['world-cup'], keywords: ['fans'], value: { type: 'count', amount: 1000 + i, noun: 'fan' }, quote: quote.slice(0, -1) })),
];

function checker(): Checker {
  return inMemoryChecker('Semi-finals', SOURCE, ENTITIES, FACTS);
}

describe('another event of the same kind', () => {
  const c = checker();

  it('does not support a place the sentence gives its own event: "the 7-1 against Brazil in the World Cup semi-final in Sao Paulo"', () => {
    const result = c.check('The 7-1 against Brazil in the semi-final in Sao Paulo is the result people remember.');
    assert.deepEqual(result.supported.map((s) => s.factId), []);
  });

  it('still supports the place of the event the sentence names', () => {
    const result = c.check('Argentina beat the Netherlands in the World Cup semi-final in Sao Paulo.');
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.supported.map((s) => s.factId), ['second-semi-place']);
  });
});

describe('a figure the clause sets in other events', () => {
  const c = inMemoryChecker('Rescue report', 'Rescue report\n\nThe Center Rock drill carved a rescue shaft 28 inches in diameter.\n', [{ id: 'center-rock', kind: 'organization', name: 'Center Rock', aliases: [] }], [
    { id: 'shaft-width', source: 'report', event: 'The rescue shaft', entities: ['center-rock'], keywords: ['shaft', 'diameter'], value: { type: 'quantity', amount: 28, unit: 'in' }, quote: 'The Center Rock drill carved a rescue shaft 28 inches in diameter' },
  ]);

  it('is no slip of this event’s: "Center Rock has drilled shafts as wide as 10 feet in diameter on other jobs"', () => {
    assert.deepEqual(c.check('Center Rock has drilled shafts as wide as 10 feet in diameter on other jobs.').findings.filter((f) => f.severity !== 'info'), []);
  });

  it('is still this event’s without those words: "Center Rock drilled a rescue shaft 10 feet in diameter"', () => {
    assert.deepEqual(c.check('Center Rock drilled a rescue shaft 10 feet in diameter.').findings.map((f) => [f.rule, f.claimText]), [['figure-contradiction', '10 feet']]);
  });
});

describe('a place named near a figure of an event that has none', () => {
  const c = inMemoryChecker('Ditching', 'Ditching\n\nFlight 1549 carried 150 passengers.\nFlight 1549 left LaGuardia for Charlotte on 15 January 2009.\nThe NTSB closed its inquiry into Flight 1549 on 4 May 2010.\n', [
    { id: 'flight-1549', kind: 'flight', name: 'Flight 1549', aliases: [] },
    { id: 'charlotte', kind: 'city', name: 'Charlotte', aliases: [] },
    { id: 'ntsb', kind: 'organization', name: 'National Transportation Safety Board', aliases: ['NTSB'] },
  ], [
    { id: 'inquiry-closed', source: 'report', event: 'The NTSB closes its inquiry', entities: ['ntsb', 'flight-1549'], keywords: ['closed', 'inquiry'], value: { type: 'date', date: { year: 2010, month: 5, day: 4 } }, quote: 'The NTSB closed its inquiry into Flight 1549 on 4 May 2010' },
    { id: 'passengers', source: 'report', event: 'Passengers on board', entities: ['flight-1549'], keywords: ['passengers', 'carried', 'on board'], value: { type: 'count', amount: 150, noun: 'passenger' }, quote: 'Flight 1549 carried 150 passengers' },
    { id: 'departure', source: 'report', event: 'The flight leaves', entities: ['flight-1549', 'charlotte'], keywords: ['left'], value: { type: 'date', date: { year: 2009, month: 1, day: 15 } }, quote: 'Flight 1549 left LaGuardia for Charlotte on 15 January 2009' },
  ]);

  it('is no other party: "Bound for Charlotte, the plane carried 155 passengers" is a slip of the 150', () => {
    assert.deepEqual(c.check('Bound for Charlotte, the plane carried 155 passengers on board.').findings.map((f) => f.fix?.newText), ['150']);
  });

  it('takes who tells of the event for no party to it: "According to the NTSB, the plane carried 155 passengers"', () => {
    assert.deepEqual(c.check('According to the NTSB, the plane carried 155 passengers.').findings.map((f) => f.fix?.newText), ['150']);
    assert.deepEqual(c.check('The plane carried 155 passengers, the NTSB said.').findings.map((f) => f.fix?.newText), ['150']);
  });

  it('takes a number in a known name for part of the name, no claim: "Flight 1549"', () => {
    assert.deepEqual(c.check('Flight 1549 left LaGuardia that afternoon.').findings, []);
  });
});

describe('a sentence that names nobody', () => {
  const c = inMemoryChecker('Tunnel', 'Tunnel\n\nThe Channel Tunnel was financed by 220 banks.\nEurotunnel announced a loss of £925 million.\n', [
    { id: 'channel-tunnel', kind: 'thing', name: 'Channel Tunnel', aliases: [] },
    { id: 'eurotunnel', kind: 'organization', name: 'Eurotunnel', aliases: [] },
  ], [
    { id: 'banks', source: 'report', event: 'Banks financing the tunnel', entities: ['channel-tunnel'], keywords: ['banks', 'financing', 'financed'], value: { type: 'count', amount: 220, noun: 'bank' }, quote: 'The Channel Tunnel was financed by 220 banks' },
    { id: 'loss', source: 'report', event: 'The operator’s loss', entities: ['eurotunnel'], keywords: ['loss'], value: { type: 'money', amount: 925000000, currency: 'GBP' }, quote: 'Eurotunnel announced a loss of £925 million' },
  ]);

  it('may speak of any story the draft has named, not only the last one: a table row after a paragraph on the operator', () => {
    const draft = ['The Channel Tunnel was a private project.', '', 'Eurotunnel announced a loss of £925 million.', '', '| Measure | Figure |', '|---|---|', '| Banks involved in the financing | 202 |'].join('\n');
    assert.deepEqual(c.check(draft).findings.map((f) => f.fix?.newText), ['220']);
  });
});

describe('an event of the same body that the clause does not tell', () => {
  // Other bodies launched too make "launched" a weak word beside the union's rare name.
  const others = ['North', 'South', 'East', 'West', 'Baltic', 'Andean'].map((w, i) => ({ w, id: w.toLowerCase(), year: 1980 + i }));
  const union = inMemoryChecker(
    'Regional unions',
    `The Central Asian Union was launched in 1995. It was renamed the Central Asian Economic Union in 1998.\n${others.map((o) => `The ${o.w} Pact was launched in ${o.year}.`).join('\n')}\n`,
    [{ id: 'cau', kind: 'organization', name: 'Central Asian Union', aliases: ['CAU'] }, { id: 'asia', kind: 'region', name: 'Asia', aliases: [] }, ...others.map((o) => ({ id: o.id, kind: 'organization', name: `${o.w} Pact`, aliases: [] }))],
    [
      { id: 'launch', source: 'report', event: 'The Central Asian Union is launched', entities: ['cau', 'asia'], keywords: ['launched', 'launch'], value: { type: 'date', date: { year: 1995 } }, quote: 'The Central Asian Union was launched in 1995' },
      { id: 'rename', source: 'report', event: 'The Central Asian Union is renamed', entities: ['cau', 'asia'], keywords: ['renamed'], value: { type: 'date', date: { year: 1998 } }, quote: 'It was renamed the Central Asian Economic Union in 1998' },
      ...others.map((o) => ({ id: `${o.id}-launch`, source: 'report', event: `The ${o.w} Pact is launched`, entities: [o.id, 'asia'], keywords: ['launched', 'launch'], value: { type: 'date', date: { year: o.year } }, quote: `The ${o.w} Pact was launched in ${o.year}` })),
    ],
  );

  it('is no rival of the one it tells: "| 1997 | Central Asian Union launched |" is a slip of the launch, not nearer the renaming', () => {
    assert.deepEqual(verdictsOf(union, '| Year | Milestone |\n|---|---|\n| 1997 | Central Asian Union launched |'), ['1997 -> 1995']);
  });
});
