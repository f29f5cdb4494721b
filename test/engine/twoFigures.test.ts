import { strict as assert } from 'node:assert';
import type { Checker } from '../../server/src/engine/index';
import { inMemoryChecker, verdictsOf } from './inMemoryBase';

/** Two counts of one kind from two elections, that a sentence may name side by side. */
const SOURCE = `Results

Labour's total of 412 MPs is its third best.
Labour won the record 419 seats in 1997 under Tony Blair.
`;

const ENTITIES = [
  { id: 'labour', kind: 'organization', name: 'Labour', aliases: ['Labour Party'] },
  { id: 'blair', kind: 'person', name: 'Tony Blair', aliases: ['Blair'] },
];

const FACTS = [
  { id: 'mps-2024', source: 'report', event: 'Labour MPs, 2024', entities: ['labour'], keywords: ['MPs', 'seats', 'total', 'won'], value: { type: 'count', amount: 412, noun: 'MP' }, quote: "Labour's total of 412 MPs" },
  { id: 'mps-1997', source: 'report', event: 'Labour MPs, 1997', entities: ['labour', 'blair'], keywords: ['MPs', 'seats', 'record', 'won'], value: { type: 'count', amount: 419, noun: 'seat' }, when: { year: 1997 }, quote: 'Labour won the record 419 seats in 1997' },
];

function checker(): Checker {
  return inMemoryChecker('Results', SOURCE, ENTITIES, FACTS);
}

describe('two figures of one measure in a sentence', () => {
  it('are the figures of two events: a fact both would contradict belongs to the one that points at it more strongly', () => {
    const draft = "Labour's total of 421 MPs is its third best, a few short of the record 418 seats Labour won in 1997 under Tony Blair.";
    const fixes = checker().check(draft).findings.filter((f) => f.severity === 'error').map((f) => `${f.claimText} -> ${f.fix?.newText}`);
    assert.deepEqual(fixes, ['421 -> 412', '418 -> 419']);
  });
});

describe('a figure that one fact of its measure states', () => {
  const c = inMemoryChecker('Rescue', 'Rescue\n\nThirty-three men were trapped 700 m underground.\nPlan B has broken through to the miners trapped 2,070 feet underground.\n', [{ id: 'plan-b', kind: 'thing', name: 'Plan B', aliases: [] }], [
    { id: 'trapped-depth', source: 'report', event: 'How deep the men were trapped', entities: [], keywords: ['trapped', 'underground', 'deep', 'below the surface'], value: { type: 'quantity', amount: 700, unit: 'm' }, quote: 'Thirty-three men were trapped 700 m underground' },
    { id: 'plan-b-depth', source: 'report', event: 'Plan B breaks through', entities: ['plan-b'], keywords: ['broken through', 'broke through', 'drilling', 'feet underground'], value: { type: 'quantity', amount: 2070, unit: 'ft' }, quote: 'Plan B has broken through to the miners trapped 2,070 feet underground' },
  ]);

  it('is no slip of another that only words point at, when the one stating it is named: "Plan B breaks through to the trapped men 2,070 feet below the surface"', () => {
    assert.deepEqual(c.check('Plan B breaks through to the trapped men 2,070 feet below the surface.').findings.filter((f) => f.severity !== 'info'), []);
  });
});

describe('a date beside a figure whose fact holds at that time', () => {
  const c = inMemoryChecker('Mining', 'Mining\n\nA mining accident began on 5 August 2010 with a cave-in at the San José mine in Chile.\nIn 2008 Chile recorded 43 deaths in mining accidents.\n', [{ id: 'chile', kind: 'country', name: 'Chile', aliases: [] }], [
    { id: 'collapse', source: 'report', event: 'The mine caves in', entities: ['chile'], keywords: ['mining accident', 'cave-in', 'began'], value: { type: 'date', date: { year: 2010, month: 8, day: 5 } }, quote: 'A mining accident began on 5 August 2010 with a cave-in at the San José mine in Chile' },
    { id: 'deaths-2008', source: 'report', event: 'Mining deaths in 2008', entities: ['chile'], keywords: ['deaths', 'mining accidents'], value: { type: 'count', amount: 43, noun: 'death' }, when: { year: 2008 }, quote: 'In 2008 Chile recorded 43 deaths in mining accidents' },
  ]);

  it('is that time, no slip of another event’s date: "**2008** — Chile records 43 deaths in mining accidents"', () => {
    assert.deepEqual(c.check('- **2008** — Chile records as many as 43 deaths in mining accidents.').findings.filter((f) => f.severity !== 'info'), []);
  });

  it('is that time beside a slipped figure too: "**2008** — Chile records 34 deaths in mining accidents" flags the 34 only', () => {
    assert.deepEqual(c.check('- **2008** — Chile records as many as 34 deaths in mining accidents.').findings.filter((f) => f.severity !== 'info').map((f) => f.claimText), ['34']);
  });

  it('still slips where the sentence is the other event’s: "In 2009 a mining accident began with a cave-in in Chile"', () => {
    assert.deepEqual(c.check('In 2009 a mining accident began with a cave-in in Chile.').findings.map((f) => f.fix?.newText), ['2010']);
  });
});

describe('two events’ values swapped in one sentence', () => {
  const c = inMemoryChecker('Workforce', 'Workforce\n\nEmployment at the dam averaged about 3,500 workers. It reached a peak of 5,251 workers in July 1934. A strike over pay started on August 8, 1931.\n', [{ id: 'dam', kind: 'dam', name: 'Hoover Dam' }], [
    { id: 'average', source: 'report', event: 'Average employment', entities: ['dam'], keywords: ['employment', 'averaged', 'average', 'workforce'], value: { type: 'count', amount: 3500, noun: 'worker', bound: 'about' }, quote: 'Employment at the dam averaged about 3,500 workers' },
    { id: 'peak', source: 'report', event: 'Peak employment', entities: ['dam'], keywords: ['peak', 'employment', 'reached', 'workforce'], value: { type: 'count', amount: 5251, noun: 'worker' }, quote: 'It reached a peak of 5,251 workers in July 1934' },
    { id: 'strike', source: 'report', event: 'Workers strike', entities: ['dam'], keywords: ['strike'], value: { type: 'date', date: { year: 1931, month: 8, day: 8 } }, quote: 'A strike over pay started on August 8, 1931' },
  ]);

  it('are each contradicted by the fact their own words tell, though each states the other’s value', () => {
    assert.deepEqual(verdictsOf(c, 'The workforce at the dam averaged about 5,251 workers and peaked at 3,500 workers in July 1934.'), ['5,251 -> 3,500', '3,500 -> 5,251']);
  });

  it('are left alone when each stands by its own words', () => {
    assert.deepEqual(verdictsOf(c, 'The workforce at the dam averaged about 3,500 workers and peaked at 5,251 workers in July 1934.'), ['supported 3,500', 'supported 5,251']);
  });

  it('and a day written with its suffix is fixed with one: "August 18th, 1931" to "August 8th, 1931"', () => {
    assert.deepEqual(verdictsOf(c, 'A strike at the dam started on August 18th, 1931.'), ['August 18th, 1931 -> August 8th, 1931']);
  });
});

describe('a list of figures, each with its own party after it', () => {
  const source = 'Borders\n\nThe land borders run with Aland (2,330 kilometers), Belmar (1,765 kilometers), Corvia (1,212 kilometers) and Dorne (413 kilometers).\n';
  const countries = ['Aland', 'Belmar', 'Corvia', 'Dorne'].map((name) => ({ id: name.toLowerCase(), kind: 'country', name, aliases: [] }));
  const border = (id: string, km: number) => ({ id: `${id}-border`, source: 'report', event: `Length of the land border with ${id}`, entities: [id], keywords: ['border', 'land border'], value: { type: 'quantity', amount: km, unit: 'km' }, quote: `${countries.find((c) => c.id === id)!.name} (${km.toLocaleString('en-US')} kilometers)` });
  const c = inMemoryChecker('Borders', source, countries, [border('aland', 2330), border('belmar', 1765), border('corvia', 1212), border('dorne', 413)]);
  const fixes = (draft: string) => c.check(draft).findings.filter((f) => f.severity === 'error').map((f) => `${f.claimText} -> ${f.fix?.newText}`);

  it('gives each figure to the party after it, though another party\'s border has its digits: two lengths swapped are both slips', () => {
    assert.deepEqual(fixes('The land borders: 2,330 km with Aland, 1,212 km with Belmar, 1,765 km with Corvia and 413 km with Dorne.'), ['1,212 km -> 1,765 km', '1,765 km -> 1,212 km']);
  });

  it('gives the party before "and" to the figure it is stated with: "1,212 km with Belmar and 1,765 km with Corvia"', () => {
    assert.deepEqual(fixes('The land borders: 1,212 km with Belmar and 1,765 km with Corvia.'), ['1,212 km -> 1,765 km', '1,765 km -> 1,212 km']);
  });

  it('supports each figure stated with its own party', () => {
    assert.deepEqual(fixes('The land borders: 2,330 km with Aland, 1,765 km with Belmar, 1,212 km with Corvia and 413 km with Dorne.'), []);
  });
});

describe('a figure beside one its event supports', () => {
  const source = 'Landing\n\nThe lander was wrapped in four airbags of six lobes each, 24 lobes in all.\n';
  const lander = [{ id: 'lander', kind: 'spacecraft', name: 'Pathfinder', aliases: [] }];
  const fact = (id: string, amount: number, noun: string) => ({ id, source: 'report', event: 'The airbag landing system', entities: ['lander'], keywords: [`${noun}s`], value: { type: 'count', amount, noun }, quote: 'four airbags of six lobes each, 24 lobes in all' });
  const c = inMemoryChecker('Landing', source, lander, [fact('airbags', 4, 'airbag'), fact('lobes', 24, 'lobe')]);
  const fixes = (draft: string) => c.check(draft).findings.filter((f) => f.severity === 'error').map((f) => `${f.claimText} -> ${f.fix?.newText}`);

  it('is of that event, as an event word would tell: "six airbags, 24 lobes in all" is a slip of the four', () => {
    assert.deepEqual(fixes('Then six airbags, 24 lobes in all, inflated around the lander.'), ['six -> four']);
  });

  it('is not, alone with its counted noun: "six airbags inflated" says no more than the noun', () => {
    assert.deepEqual(fixes('Then six airbags inflated around the lander.'), []);
  });
});
