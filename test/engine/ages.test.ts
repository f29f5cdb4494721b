import { strict as assert } from 'node:assert';
import { inMemoryChecker } from './inMemoryBase';

/** A crew list that gives each member's age. */
const SOURCE = `Crew

First officer Jeffrey Skiles - Age 49
Flight attendant Donna Dent - Age 51
`;

const c = inMemoryChecker('Crew', SOURCE, [
  { id: 'jeffrey-skiles', kind: 'person', name: 'Jeffrey Skiles', aliases: ['Skiles'] },
  { id: 'donna-dent', kind: 'person', name: 'Donna Dent', aliases: ['Dent'] },
], [
  { id: 'skiles-age', source: 'report', event: "Skiles's age", entities: ['jeffrey-skiles'], keywords: ['age', 'aged', 'year-old'], value: { type: 'age', years: 49 }, quote: 'First officer Jeffrey Skiles - Age 49' },
  { id: 'dent-age', source: 'report', event: "Dent's age", entities: ['donna-dent'], keywords: ['age', 'aged', 'year-old'], value: { type: 'age', years: 51 }, quote: 'Flight attendant Donna Dent - Age 51' },
]);
const fixesOf = (draft: string) => c.check(draft).findings.filter((f) => f.severity === 'error').map((f) => [f.claimText, f.fix?.newText]);

describe('a bare number said of a person', () => {
  it('is their age beside their name: "Donna Dent, who was 53 at the time, …", "Skiles, 47, …", "Skiles, then 47, …"', () => {
    assert.deepEqual(fixesOf('Donna Dent, who was 53 at the time, had flown for decades.'), [['53', '51']]);
    assert.deepEqual(fixesOf('Jeffrey Skiles, 47, took the radio.'), [['47', '49']]);
    assert.deepEqual(fixesOf('Jeffrey Skiles, then 47, took the radio.'), [['47', '49']]);
  });

  it('is their age after "aged" and in a table’s Age column', () => {
    assert.deepEqual(fixesOf('Jeffrey Skiles, aged 47, took the radio.'), [['47', '49']]);
    assert.deepEqual(fixesOf(['| Crew member | Position | Age |', '|---|---|---|', '| Jeffrey Skiles | First officer | 47 |'].join('\n')), [['47', '49']]);
  });

  it('is supported when it is the sourced age, and is no age when a noun follows: "Skiles, 49, …", "Dent, 53 flights later, …"', () => {
    assert.deepEqual(c.check('Jeffrey Skiles, 49, took the radio.').supported.map((s) => s.factId), ['skiles-age']);
    assert.deepEqual(fixesOf('Donna Dent, 53 flights later, retired.'), []);
  });
});

describe('an age in the other forms writers give it', () => {
  it('is the number in brackets after a name: "Jeffrey Skiles (47), first officer"', () => {
    assert.deepEqual(fixesOf('The crew: Jeffrey Skiles (47), first officer.'), [['47', '49']]);
  });

  it('is the number after "at the age of" and "at age": "Dent retired at the age of 53"', () => {
    assert.deepEqual(fixesOf('Donna Dent retired at the age of 53.'), [['53', '51']]);
    assert.deepEqual(fixesOf('Donna Dent retired at age 53.'), [['53', '51']]);
  });

  it('is no age in brackets that hold more than the number: "Jeffrey Skiles (47 flights)"', () => {
    assert.deepEqual(fixesOf('The crew: Jeffrey Skiles (47 flights), first officer.'), []);
  });
});

describe('an age among a crew’s ages', () => {
  const crew = ['Ann Lowe', 'Ben Marsh', 'Cy Noll'];
  const ages = [37, 39, 36];
  const source = `Crew\n\n${crew.map((n, i) => `${n}, ${ages[i]}`).join('\n')}\n`;
  const people = crew.map((name) => ({ id: name.toLowerCase().replace(' ', '-'), kind: 'person', name, aliases: [name.split(' ')[1]] }));
  const mission = { id: 'mission', kind: 'mission', name: 'Flight Nine', aliases: [] };
  const facts = people.flatMap((p, i) => [
    { id: `${p.id}-age`, source: 'report', event: `${p.name}'s age`, entities: [p.id, 'mission'], keywords: ['aged', 'age', 'old', 'year-old'], value: { type: 'age', years: ages[i] }, quote: `${p.name}, ${ages[i]}` },
    ...['flight', 'training', 'selection'].map((what) => ({ id: `${p.id}-${what}`, source: 'report', event: `${p.name}'s ${what}`, entities: [p.id], keywords: [what], value: { type: 'count', amount: i + 2, noun: what }, quote: p.name })),
  ]);
  const base = inMemoryChecker('Crew', source, [...people, mission], facts);

  it('is the named person’s, whatever the others’ ages: "Ann Lowe, the 38-year-old teacher" is a slip of her 37, not of his 39', () => {
    assert.deepEqual(base.check('Ann Lowe, the 38-year-old teacher, was chosen to fly.').findings.filter((f) => f.severity === 'error').map((f) => [f.claimText, f.fix?.newText]), [['38-year-old', '37-year-old']]);
  });
});

describe('an age at another time than the source’s', () => {
  const crew = inMemoryChecker('Crew', 'Crew\n\nLovell was 42 years old at launch.\n', [{ id: 'lovell', kind: 'person', name: 'Jim Lovell', aliases: ['Lovell'] }], [
    { id: 'lovell-age', source: 'report', event: "Lovell's age at launch", entities: ['lovell'], keywords: ['age', 'years old', 'launch'], value: { type: 'age', years: 42 }, when: { year: 1970, month: 4 }, quote: 'Lovell was 42 years old at launch' },
  ]);
  const alarmsOf = (draft: string) => crew.check(draft).findings.filter((f) => f.severity !== 'info').map((f) => [f.claimText, f.fix?.newText]);

  it('is left alone when the writer says it is now or then: "Lovell, now 97", "the then 45-year-old Lovell"', () => {
    assert.deepEqual(alarmsOf('Jim Lovell, now 97, still calls the flight a successful failure.'), []);
    assert.deepEqual(alarmsOf('The then 45-year-old Lovell commanded the flight.'), []);
  });

  it('is no slip decades away: "Lovell, 91," is no slip of 42, but "Lovell, 43," and "Lovell, 24," are', () => {
    assert.deepEqual(alarmsOf('Jim Lovell, 91, commanded the flight.'), []);
    assert.deepEqual(alarmsOf('Jim Lovell, 43, commanded the flight at launch.'), [['43', '42']]);
    assert.deepEqual(alarmsOf('Jim Lovell, 24, commanded the flight at launch.'), [['24', '42']]);
  });
});
