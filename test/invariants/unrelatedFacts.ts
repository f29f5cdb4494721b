import type { FactBaseFiles } from '../../server/src/engine/index';

/**
 * A newsroom's base holds facts about many events that a given draft never speaks of.
 * These are such facts, generated: made-up people, countries and cities, with the
 * plain event words any base has ("visit", "signed", "trade"), in one made-up source.
 */
const SYLLABLES = ['qua', 'zor', 'vex', 'thil', 'bru', 'dax', 'yol', 'mip', 'kre', 'sov', 'ulm', 'fen'];
const EVENT_WORDS = [['visit', 'visited', 'talks'], ['summit', 'meeting'], ['signed', 'agreements'], ['trade', 'turnover'], ['border', 'frontier'], ['election', 'elected'], ['anniversary', 'relations'], ['forum', 'session']];
const NOUNS = ['agreement', 'minister', 'delegation', 'memorandum', 'project'];

function made(i: number, parts: number): string {
  let s = '';
  for (let k = 0, n = i; k < parts; k++, n = Math.floor(n / SYLLABLES.length) + k * 7) s += SYLLABLES[n % SYLLABLES.length];
  return s[0].toUpperCase() + s.slice(1) + 'ia'.slice(0, (i % 2) + 1);
}

interface Generated {
  entities: object[];
  facts: object[];
  sentences: string[];
}

function generate(count: number): Generated {
  const out: Generated = { entities: [], facts: [], sentences: [] };
  for (let i = 0; i < count; i++) {
    const person = `gen-person-${i}`;
    const country = `gen-country-${i}`;
    const city = `gen-city-${i}`;
    const personName = `${made(i, 2)} ${made(i + 500, 3)}`;
    const countryName = made(i + 1000, 3);
    const cityName = made(i + 2000, 2);
    out.entities.push(
      { id: person, kind: 'person', name: personName, aliases: [] },
      { id: country, kind: 'country', name: countryName, aliases: [] },
      { id: city, kind: 'city', name: cityName, aliases: [] },
    );
    const words = EVENT_WORDS[i % EVENT_WORDS.length];
    const year = 1950 + (i % 70);
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const { value, sentence } = valueOf(i, { personName, countryName, cityName, person, city, country, year, day, month, words });
    out.sentences.push(sentence);
    out.facts.push({
      id: `gen-fact-${i}`,
      source: 'gen-source',
      event: `${personName} ${words[0]} in ${cityName}`,
      entities: [person, country, city],
      keywords: words,
      value,
      quote: sentence,
    });
  }
  return out;
}

interface Slots {
  personName: string;
  countryName: string;
  cityName: string;
  person: string;
  city: string;
  country: string;
  year: number;
  day: number;
  month: number;
  words: string[];
}

function valueOf(i: number, s: Slots): { value: object; sentence: string } {
  const w = s.words[0];
  const monthName = new Date(Date.UTC(2000, s.month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  switch (i % 6) {
    case 0:
      return { value: { type: 'date', date: { year: s.year, month: s.month, day: s.day } }, sentence: `${s.personName} held the ${w} in ${s.cityName} on ${monthName} ${s.day}, ${s.year}.` };
    case 1:
      return { value: { type: 'count', amount: 3 + (i % 20), noun: NOUNS[i % NOUNS.length] }, sentence: `${s.countryName} and its partners ${s.words[1]} ${3 + (i % 20)} ${NOUNS[i % NOUNS.length]}s at the ${w}.` };
    case 2:
      return { value: { type: 'money', amount: (1 + (i % 90)) * 1e8, currency: 'USD' }, sentence: `The ${w} of ${s.countryName} reached $${((1 + (i % 90)) * 100).toLocaleString('en-US')} million.` };
    case 3:
      return { value: { type: 'quantity', amount: 100 + i, unit: 'km' }, sentence: `The ${w} of ${s.countryName} runs ${100 + i} km.` };
    case 4:
      return { value: { type: 'role', person: s.person, title: 'Foreign Minister', of: s.country }, sentence: `${s.countryName}'s Foreign Minister ${s.personName} spoke at the ${w}.` };
    default:
      return { value: { type: 'entity', slot: 'place', entity: s.city }, sentence: `The ${w} of ${s.countryName} took place in ${s.cityName} in ${s.year}.` };
  }
}

/** The base's files with `count` unrelated facts (and their entities and source) added. */
export function withUnrelatedFacts(files: FactBaseFiles, count: number): FactBaseFiles {
  const g = generate(count);
  const out = new Map(files);
  const add = (file: string, key: string, items: object[]) => {
    const json = JSON.parse(files.get(file) ?? '{}');
    json[key] = [...json[key], ...items];
    out.set(file, JSON.stringify(json, null, 1));
  };
  add('sources.json', 'sources', [{ id: 'gen-source', file: 'zz-generated.txt', title: 'Generated chronicle of other events' }]);
  add('entities.json', 'entities', g.entities);
  add('facts.json', 'facts', g.facts);
  out.set('sources/zz-generated.txt', g.sentences.join('\n'));
  return out;
}
