import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Entity, Fact, Source } from '../server/src/engine';
import { NameMint, variant } from './names';
import { Rng } from './prng';

/**
 * Synthetic fact bases of a given number of facts, shaped like `facts/` and valid
 * for `loadFactBase`: the real facts plus made-up entities, facts and source texts
 * that hold their quotes verbatim. They share event words and a quarter of them real
 * countries and cities with the real facts, as a big regional fact base would, so
 * that retrieval meets crowded index entries and not only unique ones.
 */

export const REAL_FACTS_DIR = path.resolve(__dirname, '..', 'facts');

/** Event words many facts share; the engine must not let them drive retrieval. */
const COMMON_KEYWORDS = ['visit', 'meeting', 'signed', 'agreement', 'trade', 'summit', 'talks', 'border', 'forum', 'deal'];
const NOUNS = ['agreement', 'delegate', 'minister', 'project', 'memorandum', 'session', 'contract', 'school'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Facts per synthetic source text: about the size of a real article. */
const FACTS_PER_SOURCE = 100;

interface RealBase {
  sources: Source[];
  entities: Entity[];
  facts: Fact[];
}

export function readRealBase(): RealBase {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(REAL_FACTS_DIR, name), 'utf8'));
  return { sources: read('sources.json').sources, entities: read('entities.json').entities, facts: read('facts.json').facts };
}

/** Writes a fact base of `total` facts into `dir` (replacing it) and returns `dir`. */
export function writeSyntheticFactBase(dir: string, total: number, seed: number): string {
  const real = readRealBase();
  const rng = new Rng(seed);
  const mint = new NameMint(rng, real.entities.flatMap((e) => [e.name, ...e.aliases]));
  const entities = syntheticEntities(rng, mint, Math.ceil((total - real.facts.length) / 4));
  const places = real.entities.filter((e) => e.kind === 'country' || e.kind === 'city');
  const facts: Fact[] = [];
  const texts = new Map<string, string[]>();
  for (let i = 0; facts.length + real.facts.length < total; i++) {
    const sourceId = `syn-source-${Math.floor(i / FACTS_PER_SOURCE)}`;
    const fact = syntheticFact(rng, mint, i, sourceId, entities, places);
    facts.push(fact);
    texts.set(sourceId, [...(texts.get(sourceId) ?? []), fact.quote]);
  }
  const sources: Source[] = [...texts.keys()].map((id) => ({ id, file: `${id}.txt`, title: `Synthetic report ${id.slice(11)}` }));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'sources'), { recursive: true });
  const write = (name: string, key: string, items: unknown[]) => fs.writeFileSync(path.join(dir, name), JSON.stringify({ [key]: items }, null, 2));
  write('sources.json', 'sources', [...real.sources, ...sources]);
  write('entities.json', 'entities', [...real.entities, ...entities]);
  write('facts.json', 'facts', [...real.facts, ...facts]);
  for (const s of real.sources) fs.copyFileSync(path.join(REAL_FACTS_DIR, 'sources', s.file), path.join(dir, 'sources', s.file));
  for (const [id, quotes] of texts) fs.writeFileSync(path.join(dir, 'sources', `${id}.txt`), paragraphs(quotes));
  return dir;
}

function syntheticEntities(rng: Rng, mint: NameMint, count: number): Entity[] {
  const entities: Entity[] = [];
  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    if (roll < 0.5) {
      const last = mint.name(3);
      entities.push({ id: `syn-person-${i}`, kind: 'person', name: `${mint.name(2)} ${last}`, aliases: [last, variant(last)] });
    } else if (roll < 0.75) {
      const name = mint.name(3);
      entities.push({ id: `syn-city-${i}`, kind: 'city', name, aliases: [variant(name)] });
    } else {
      const word = mint.name(2);
      entities.push({ id: `syn-org-${i}`, kind: 'organization', name: `${word} Trade Council`, aliases: [`${word} Council`] });
    }
  }
  return entities;
}

function syntheticFact(rng: Rng, mint: NameMint, i: number, source: string, entities: Entity[], places: Entity[]): Fact {
  const subject = rng.pick(entities);
  const other = rng.pick(entities);
  const involved = [subject.id, ...(other.id !== subject.id ? [other.id] : []), ...(rng.chance(0.25) ? [rng.pick(places).id] : [])];
  const keyword = mint.word(3);
  const keywords = [keyword, rng.pick(COMMON_KEYWORDS), rng.pick(COMMON_KEYWORDS)];
  const { value, text } = syntheticValue(rng);
  return {
    id: `syn-fact-${i}`,
    source,
    event: `${subject.name} ${keyword} with ${other.name}`,
    entities: [...new Set(involved)],
    keywords: [...new Set(keywords)],
    value,
    quote: `${subject.name} ${keyword} with ${other.name} ${text}`,
  };
}

function syntheticValue(rng: Rng): { value: Fact['value']; text: string } {
  const roll = rng.next();
  if (roll < 0.4) {
    const date = { year: rng.int(1991, 2024), month: rng.int(1, 12), day: rng.int(1, 28) };
    return { value: { type: 'date', date }, text: `on ${MONTHS[date.month - 1]} ${date.day}, ${date.year}` };
  }
  if (roll < 0.65) {
    const amount = rng.int(2, 900);
    const noun = rng.pick(NOUNS);
    return { value: { type: 'count', amount, noun }, text: `and signed ${amount} ${noun}s` };
  }
  if (roll < 0.85) {
    const tenths = rng.int(11, 999);
    return { value: { type: 'money', amount: tenths * 100_000, currency: 'USD' }, text: `for $${(tenths / 10).toFixed(1)} million` };
  }
  const amount = rng.int(100, 9_999);
  return { value: { type: 'quantity', amount, unit: 'km' }, text: `along ${amount.toLocaleString('en-US')} km` };
}

function paragraphs(quotes: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < quotes.length; i += 5) out.push(quotes.slice(i, i + 5).map((q) => `${q}.`).join(' '));
  return `${out.join('\n\n')}\n`;
}
