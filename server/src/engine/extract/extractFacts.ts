import { checkerParts, sentencesOf } from '../checker';
import { parseProse } from '../markdown/prose';
import type { Entity, Fact } from '../factbase/schema';
import { FactIndex } from '../factbase/factIndex';
import { NameMatcher } from '../claims/names';
import { KindTable } from '../factbase/kinds';
import { TitleFinder } from '../claims/titles';
import { readSentence, type SentenceInput } from '../claims/sentence';
import { unique } from './ids';
import type { CheckerParts } from '../verdicts/parts';
import { chairValues } from './chairValues';
import { dateValues } from './dateValues';
import { figureValues } from './figureValues';
import type { Found, SourceSentence } from './found';
import { isFurniture } from './furniture';
import { NewEntities, type SentenceSpan } from './newEntities';
import { participantValues } from './participantValues';
import { placeValues } from './placeValues';
import { describeSource, type DescribedSource } from './sourceEntry';
import { titleValues } from './titleValues';
import { toFact } from './toFact';
import type { KnownBase, Proposals, SourceInput } from './types';

const READERS: Array<(s: SourceSentence) => Found[]> = [dateValues, figureValues, titleValues, placeValues, participantValues, chairValues];

/**
 * Proposes facts from source texts, read by the same code that reads a draft. Names
 * are gathered from every source first, so that a person named in full in one
 * sentence is known by surname in the next.
 */
export function extractFacts(inputs: readonly SourceInput[], known: KnownBase): Proposals {
  const sourceIds = new Set(known.sources.map((s) => s.id));
  const described = inputs.map((input) => describeSource(input, known.sources, sourceIds));
  const read = described.map((d) => ({ d, ...sentencesOfSource(d.input.text) }));
  const proposed = newEntities(read.flatMap((r) => r.sentences.map(({ start, end }) => ({ masked: r.masked, start, end }))), known);
  const parts = checkerParts({ sources: [], entities: [...known.entities, ...proposed], kinds: known.kinds, facts: known.facts, texts: new Map() });
  const ids = new Set(known.facts.map((f) => f.id));
  const facts = read.flatMap((r) => factsOf(parts, r.d, r.masked, r.sentences, ids));
  const used = new Set(facts.flatMap((f) => f.entities));
  return { facts, entities: proposed.filter((e) => used.has(e.id)), sources: described.filter((d) => d.isNew).map((d) => d.source) };
}

/** The sentences a draft check would read, without the page's furniture. */
function sentencesOfSource(text: string): { masked: string; sentences: SentenceInput[] } {
  const doc = parseProse(text);
  const sentences = [...sentencesOf(text, doc.masked, doc.blocks)].filter((s) => !isFurniture(text.slice(s.start, s.end)));
  return { masked: doc.masked, sentences };
}

function newEntities(spans: SentenceSpan[], known: KnownBase): Entity[] {
  const finder = new NewEntities(new NameMatcher(known.entities, new KindTable(known.kinds)), new TitleFinder(new FactIndex(known.facts)), known.entities);
  for (const span of spans) finder.read(span);
  return finder.entities;
}

/** A title is proposed once per source; any other value once per quote. */
function factsOf(parts: CheckerParts, d: DescribedSource, masked: string, sentences: SentenceInput[], ids: Set<string>): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  const earlier: string[] = [];
  for (const input of sentences) {
    const read = readSentence(parts, masked, input);
    for (const m of read.ctx.mentions) earlier.push(m.entityId);
    const sentence: SourceSentence = { masked, read, parts, date: d.date, earlier };
    for (const found of READERS.flatMap((r) => r(sentence))) {
      const fact = toFact(sentence, found, d.input.text, d.source.id);
      const key = fact && JSON.stringify(fact.value) + (fact.value.type === 'role' ? '' : fact.quote);
      if (!fact || !key || seen.has(key)) continue;
      seen.add(key);
      fact.id = unique(fact.id, ids);
      ids.add(fact.id);
      facts.push(fact);
    }
  }
  return facts;
}
