import { schemaFiles } from '../engine/index';

const SOURCE_FILE = 'sample-report.txt';

const SOURCE_TEXT = `Harbour Town, 14 March 2024

The Northshore Rowing Club opened its new boathouse in Harbour Town on Saturday, 9 March 2024.
The club's president, Mara Ellison, 52, said the building had cost $2.4 million and took 18 months to build.
The boathouse stands 340 km from Easton, the capital of Norland.
It is the club's third boathouse since its founding in 1961.
The spring regatta, held from 20 to 23 June 2024, will welcome nine crews.
The doors opened at 10:30 a.m.
Nearly 40 percent of the members row, and the boathouse is built to withstand a magnitude-7 earthquake.
`;

const sources = [
  {
    id: 'sample-report',
    file: SOURCE_FILE,
    title: 'Northshore Rowing Club opens its new boathouse',
    publisher: 'Harbour Town Gazette',
    date: { value: { year: 2024, month: 3, day: 14 } },
    note: 'A made-up source that shows the format: replace it with your own. Each source text is a plain .txt file in sources/, exactly as published, since every quote must occur in it verbatim.',
  },
];

const entities = [
  { id: 'northshore-rowing-club', kind: 'organization', name: 'Northshore Rowing Club', aliases: ['Northshore RC'], note: 'aliases: every other spelling the sources or writers use. Two entities must not share one.' },
  { id: 'mara-ellison', kind: 'person', name: 'Mara Ellison', aliases: ['Ellison'] },
  { id: 'harbour-town', kind: 'city', name: 'Harbour Town', aliases: [] },
  { id: 'easton', kind: 'city', name: 'Easton', aliases: [] },
  { id: 'norland', kind: 'country', name: 'Norland', aliases: [], demonyms: ['Norlandic'], note: 'demonyms: the adjectives that point at a country.' },
];

const CLUB = 'northshore-rowing-club';

function fact(id: string, event: string, entityIds: string[], keywords: string[], value: object, quote: string, note: string): object {
  return { id, source: 'sample-report', event, entities: entityIds, keywords, value, quote, note };
}

const facts = [
  fact('boathouse-opening-date', 'The Northshore Rowing Club opens its new boathouse', [CLUB, 'harbour-town'], ['opened', 'opening', 'opens'], { type: 'date', date: { year: 2024, month: 3, day: 9 } },
    'opened its new boathouse in Harbour Town on Saturday, 9 March 2024',
    'A date, as precise as the source states it: a year, a month or a season, a day. quote: verbatim from the source text. keywords: the words a draft uses for the event.'),
  fact('regatta-dates', 'The spring regatta', [CLUB], ['regatta', 'held'], { type: 'dateRange', from: { year: 2024, month: 6, day: 20 }, to: { year: 2024, month: 6, day: 23 } },
    'held from 20 to 23 June 2024',
    'A range of dates. A part the source leaves implicit goes in "inferred": {"parts": ["year"], "reason": "…"}.'),
  fact('boathouse-distance-easton', 'The boathouse’s distance from Easton', [CLUB, 'easton'], ['stands', 'from', 'distance'], { type: 'quantity', amount: 340, unit: 'km' },
    'The boathouse stands 340 km from Easton', 'A length, mass, area, volume, speed or temperature, with a unit of the units table: km, m, ft, mi, kg, lb, km2, acre, m3, L, km/h, mph, degC, degF, and more.'),
  fact('boathouse-cost', 'The cost of the boathouse', [CLUB], ['cost', 'costs'], { type: 'money', amount: 2_400_000, currency: 'USD' },
    'the building had cost $2.4 million', 'Money in whole units of its ISO 4217 currency: $2.4 million is 2400000.'),
  fact('regatta-crews', 'The crews at the spring regatta', [CLUB], ['crews', 'welcome'], { type: 'count', amount: 9, noun: 'crew' },
    'will welcome nine crews', 'A count of a noun, singular. A figure worked out rather than stated takes "inferred": {"reason": "…"}.'),
  fact('third-boathouse', 'The club’s boathouses since its founding', [CLUB], ['boathouse'], { type: 'ordinal', amount: 3, noun: 'boathouse' },
    'It is the club\'s third boathouse', 'An ordinal of a noun: the third boathouse.'),
  fact('ellison-age', 'Mara Ellison’s age', ['mara-ellison'], ['aged', 'old'], { type: 'age', years: 52 },
    'Mara Ellison, 52', 'An age in years. "when": {"year": 2024} says when a figure holds.'),
  fact('boathouse-build-time', 'The time the boathouse took to build', [CLUB], ['took', 'build', 'built'], { type: 'duration', amount: 18, unit: 'month' },
    'took 18 months to build', 'A duration: seconds, minutes, hours, days, weeks, months, years or decades.'),
  fact('boathouse-opening-time', 'The Northshore Rowing Club opens its new boathouse', [CLUB], ['opened', 'doors'], { type: 'time', hour: 10, minute: 30, date: { year: 2024, month: 3, day: 9 }, inferred: { parts: ['year', 'month', 'day'], reason: 'the opening day, from the sentence before' } },
    'The doors opened at 10:30 a.m.', 'A time of day, 0-23 hours, with its "zone" (UTC, EDT…) and "date" when the source gives them. A draft\'s clock time is checked only against such a fact.'),
  fact('members-rowing', 'The share of members who row', [CLUB], ['members', 'row'], { type: 'percent', amount: 40, bound: 'about' },
    'Nearly 40 percent of the members row', 'A percentage. "bound" says how the source bounds a figure: "about" (nearly, some), "at-least" (more than, over) or "at-most" (as many as, up to).'),
  fact('boathouse-earthquake', 'The earthquake the boathouse is built to withstand', [CLUB], ['withstand', 'earthquake'], { type: 'scale', name: 'magnitude', amount: 7 },
    'built to withstand a magnitude-7 earthquake', 'A value on a scale without a unit: magnitude, category, level, rank or VEI.'),
  fact('boathouse-place', 'The Northshore Rowing Club opens its new boathouse', [CLUB, 'harbour-town'], ['opened', 'opening', 'boathouse'], { type: 'entity', slot: 'place', entity: 'harbour-town' },
    'opened its new boathouse in Harbour Town', 'An entity in a slot of the event: where it was held (place), who chairs next (chair).'),
  fact('ellison-role-president', 'Mara Ellison, president of the Northshore Rowing Club', ['mara-ellison', CLUB], ['president', 'head'], { type: 'role', person: 'mara-ellison', title: 'president', of: CLUB },
    "The club's president, Mara Ellison", 'A person\'s title, and of what.'),
];

/**
 * A fact base to start from: the schema beside the files that name it, a made-up source
 * text, and one fact of each value type quoted from it. Fact files take no comments, so
 * each example explains itself in its `note`, which the engine never reads.
 * The files by path inside the new fact base folder.
 */
export function skeletonFiles(): Record<string, string> {
  const json = (schema: string, body: object) => `${JSON.stringify({ $schema: `./schema/${schema}`, ...body }, null, 2)}\n`;
  return {
    'sources.json': json('sources.schema.json', { sources }),
    'entities.json': json('entities.schema.json', { entities }),
    'facts.json': json('facts.schema.json', { facts }),
    [`sources/${SOURCE_FILE}`]: SOURCE_TEXT,
    ...Object.fromEntries(Object.entries(schemaFiles()).map(([name, text]) => [`schema/${name}`, text])),
  };
}
