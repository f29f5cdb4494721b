import { datedEvents, eventTime } from '../binding/eventTimes';
import { eventPlaces, placedEvents } from '../binding/eventPlaces';
import type { BySourceEntity } from '../binding/sameEvent';
import { eventLineWords, quoteWords } from './quoteWords';
import type { CalendarDate, Fact } from './schema';
import { KindTable, type Role } from './kinds';
import { Topics } from '../binding/topics';
import { push } from './multimap';
import { PhraseMemo } from './phraseMemo';
import { wordFamily } from '../text/wordFamily';
import { stems } from '../text/tokens';

/** A fact prepared for matching: its keywords as stem sequences, its entities as a set. */
export interface IndexedFact {
  fact: Fact;
  keywords: string[][];
  /** The weight of each keyword, in the order of `keywords`. */
  keywordWeights: number[];
  /** Keywords from this index on are the quote's own words, not the base's. */
  quoteWordsFrom: number;
  /** Which keywords are the noun the fact counts ("states" of "five states"). */
  countedNoun: boolean[];
  entities: ReadonlySet<string>;
  /** The kinds of its entities: another agreement named by the claim is another agreement's. */
  kinds: ReadonlySet<string>;
  /** The roles of those kinds: an event with a place among its entities happened at a point a draft can miss. */
  kindRoles: ReadonlySet<Role>;
  /** When its event happened, taken from the dated fact of the same event (eventTimes.ts). */
  eventTime?: CalendarDate;
  /** Where its event happened, taken from the place fact of the same event (eventPlaces.ts). */
  eventPlaces?: ReadonlySet<string>;
  /** The bodies its source is by ("NWS Service Assessment"): named beside a claim, they cite the fact, they take no part in another event. */
  tellers: ReadonlySet<string>;
}

/**
 * Facts indexed by keyword stem and by entity, so that a claim is compared only
 * with the facts its sentence speaks about, however many facts there are.
 * Weights follow inverse document frequency: a word or entity that many facts
 * share ("Kazakhstan") says little about which one a sentence means.
 */
/** "late", "early": words about a date, not about an event; near a date they would point anywhere. */
const DATE_QUALIFIERS = new Set(['late', 'early', 'mid', 'beginning', 'end']);

/**
 * A word of the quote that the base did not list as an event word points at the fact
 * half as strongly: it is likely the event's, but a quote also says what stood around
 * it. A fact with no listed event words has only its quote's, at full weight.
 */
const QUOTE_WORD_WEIGHT = 0.5;

/**
 * The base's event words with their synonyms, then the quote's other content words; for
 * a fact with none listed, the words of the whole source sentence its quote stands in.
 * What a count or an ordinal counts ("states", "agreements") says which measure it is
 * more than which event: it points at the fact, but does not by itself say what happened.
 */
function eventWords(fact: Fact, sentence: () => string, memo: PhraseMemo): { keywords: string[][]; quoteWordsFrom: number } {
  const counted = countedFamilies(fact, (noun) => memo.stems(noun));
  const own = fact.keywords.map((k) => memo.stems(k)).filter((k) => k.length > 0 && !(k.length === 1 && DATE_QUALIFIERS.has(k[0])));
  const listed = [...new Set(own.concat(own.flatMap((p) => memo.synonymsOf(p))))];
  const known = new Set(listed.flatMap((p) => (p.length === 1 ? p : [])));
  const quoted = quoteWords(`${listed.length > 0 ? fact.quote : sentence()}\n${eventLineWords(fact.event)}`).filter((w) => !known.has(w) && !DATE_QUALIFIERS.has(w) && !counted.has(wordFamily(w)));
  return { keywords: listed.concat(quoted.map((w) => memo.word(w))), quoteWordsFrom: listed.length };
}

/** The word families of the noun a count or an ordinal counts. */
function countedFamilies(fact: Fact, stemsOf: (phrase: string) => string[]): Set<string> {
  return 'noun' in fact.value ? new Set(stemsOf(fact.value.noun).map(wordFamily)) : new Set<string>();
}

/**
 * What matching a fact needs only once a sentence retrieves it, its kinds, weights and
 * its event's time and places, worked out then: a sentence retrieves a handful of a big base's facts, and most facts
 * are never retrieved at all.
 */
class RetrievableFact implements IndexedFact {
  /** Null once worked out to be none. */
  private time?: CalendarDate | null;
  private places?: ReadonlySet<string> | null;
  private weights?: number[];
  private counted?: boolean[];
  private kindSet?: ReadonlySet<string>;
  private roles?: ReadonlySet<Role>;
  private told?: ReadonlySet<string>;

  constructor(
    private readonly index: FactIndex,
    private readonly position: number,
    readonly fact: Fact,
    readonly keywords: string[][],
    readonly quoteWordsFrom: number,
    readonly entities: ReadonlySet<string>,
  ) {}

  get eventTime(): CalendarDate | undefined {
    if (this.time === undefined) this.time = eventTime(this, this.index.datedEvents) ?? null;
    return this.time ?? undefined;
  }

  get eventPlaces(): ReadonlySet<string> | undefined {
    if (this.places === undefined) this.places = eventPlaces(this, this.index.placedEvents) ?? null;
    return this.places ?? undefined;
  }

  get keywordWeights(): number[] {
    return (this.weights ??= this.index.keywordWeightsOf(this, this.position));
  }

  get countedNoun(): boolean[] {
    if (!this.counted) {
      const counted = countedFamilies(this.fact, stems);
      this.counted = this.keywords.map((k) => k.every((w) => counted.has(wordFamily(w))));
    }
    return this.counted;
  }

  get kinds(): ReadonlySet<string> {
    return (this.kindSet ??= new Set([...this.entities].flatMap((e) => this.index.kindOf(e) ?? [])));
  }

  get kindRoles(): ReadonlySet<Role> {
    return (this.roles ??= new Set([...this.kinds].map((k) => this.index.kindTable.roleOf(k))));
  }

  get tellers(): ReadonlySet<string> {
    return (this.told ??= this.index.tellersOf(this.fact));
  }
}

const RETRIEVAL_FLOOR = 200;
const RETRIEVAL_SHARE = 0.02;

export class FactIndex {
  readonly facts: IndexedFact[];
  private readonly byStem = new Map<string, number[]>();
  private readonly byEntity = new Map<string, number[]>();
  private readonly byId = new Map<string, number>();
  private readonly rolesByPerson = new Map<string, number[]>();
  private readonly affiliationsOf = new Map<string, string[]>();
  private readonly topics: Topics;
  private byAmount?: Map<number, number[]>;
  private readonly stemsInTopic: Map<number | undefined, Map<string, number>>;
  /** The facts of each source and entity that date or place an event, for the facts of the same event. */
  readonly datedEvents: BySourceEntity;
  readonly placedEvents: BySourceEntity;

  /**
   * `sourceSentence` gives the sentence of the source a fact's quote stands in (the quote
   * itself when the text is not at hand), whose words are the event's too. `tellersOf`
   * gives the entities its source is by.
   */
  constructor(
    facts: readonly Fact[],
    readonly kindOf: (entityId: string) => string | undefined = () => undefined,
    sourceSentence: (fact: Fact) => string = (fact) => fact.quote,
    readonly kindTable = new KindTable(),
    readonly tellersOf: (fact: Fact) => ReadonlySet<string> = () => new Set(),
  ) {
    const memo = new PhraseMemo();
    this.facts = facts.map((fact, i) => {
      // Only a fact with no event words listed reads its source sentence; finding it in the text costs the rest.
      const { keywords, quoteWordsFrom } = eventWords(fact, () => sourceSentence(fact), memo);
      return new RetrievableFact(this, i, fact, keywords, quoteWordsFrom, new Set([...fact.entities, ...valueEntities(fact)]));
    });
    this.facts.forEach((f, i) => {
      this.byId.set(f.fact.id, i);
      for (const k of f.keywords) push(this.byStem, k[0], i);
      for (const e of f.entities) push(this.byEntity, e, i);
      if (f.fact.value.type === 'role') push(this.rolesByPerson, f.fact.value.person, i);
    });
    trim(this.byStem);
    trim(this.byEntity);
    this.datedEvents = datedEvents(this.facts);
    this.placedEvents = placedEvents(this.facts);
    this.topics = new Topics(this.facts.map((f) => f.entities), this.facts.map((f) => this.involvesAnyButThings(f)), this.facts.map((f) => f.fact.source));
    this.stemsInTopic = this.stemCountsByTopic();
  }

  /** Whether any entity of a fact has a kind that is no mere thing; worked out without keeping the fact's kinds, which most facts never need. */
  private involvesAnyButThings(f: IndexedFact): boolean {
    for (const e of f.entities) {
      const kind = this.kindOf(e);
      if (kind !== undefined && this.kindTable.roleOf(kind) !== 'thing') return true;
    }
    return false;
  }

  /** The weight of each of a fact's keywords, by how many facts of its topic share it. */
  keywordWeightsOf(f: IndexedFact, position: number): number[] {
    const topic = this.topics.fact(position);
    const counts = topic === undefined ? undefined : this.stemsInTopic.get(topic);
    const everyTopic = this.stemsInTopic.get(undefined);
    return f.keywords.map(
      (k, j) => idf(counts ? (counts.get(k[0]) ?? 0) + (everyTopic?.get(k[0]) ?? 0) : this.byStem.get(k[0])?.length ?? 0) * (j >= f.quoteWordsFrom && f.quoteWordsFrom > 0 ? QUOTE_WORD_WEIGHT : 1),
    );
  }

  /**
   * How many facts of each topic have each event word: a word tells a fact apart only
   * from the facts of its own topic (and those that involve no entity, which belong to
   * every topic), so facts of other stories, however many share the word, leave its
   * weight alone.
   */
  private stemCountsByTopic(): Map<number | undefined, Map<string, number>> {
    const out = new Map<number | undefined, Map<string, number>>();
    this.facts.forEach((f, i) => {
      const topic = this.topics.fact(i);
      let counts = out.get(topic);
      if (!counts) out.set(topic, (counts = new Map()));
      for (const k of new Set(f.keywords.map((p) => p[0]))) counts.set(k, (counts.get(k) ?? 0) + 1);
    });
    return out;
  }

  /** The topics of the entities a sentence names. */
  topicsOf(entityIds: Iterable<string>): Set<number> {
    const out = new Set<number>();
    for (const e of entityIds) {
      const t = this.topics.entity(e);
      if (t !== undefined) out.add(t);
    }
    return out;
  }

  get(id: string): IndexedFact | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.facts[i];
  }

  /** The countries and organizations a person holds a title of: Erdoğan speaks for Türkiye. */
  affiliations(personId: string): readonly string[] {
    let list = this.affiliationsOf.get(personId);
    if (!list) {
      list = this.roles(personId).flatMap((r) => (r.fact.value.type === 'role' && r.fact.value.of ? [r.fact.value.of] : []));
      this.affiliationsOf.set(personId, list);
    }
    return list;
  }

  /** The titles the sources give a person. */
  roles(personId: string): IndexedFact[] {
    return (this.rolesByPerson.get(personId) ?? []).map((i) => this.facts[i]);
  }

  /** What an entity's kind is to a verdict (kinds.ts). */
  kindRoleOf(entityId: string): Role | undefined {
    const kind = this.kindOf(entityId);
    return kind === undefined ? undefined : this.kindTable.roleOf(kind);
  }

  /** How many facts involve an entity. */
  entityCount(entityId: string): number {
    return this.byEntity.get(entityId)?.length ?? 0;
  }

  entityWeight(entityId: string): number {
    return idf(this.byEntity.get(entityId)?.length ?? 0);
  }

  /**
   * Facts that share a keyword's first stem or an entity with the sentence. Words and
   * entities that a large share of the facts have ("Kazakhstan" in a fact base about
   * Kazakhstan) weigh little and would make every sentence a scan: they do not
   * retrieve, though they still count once a fact is retrieved by something rarer.
   * A term shared by more than a couple of hundred facts retrieves a fact only
   * together with a second term, so a big fact base is scored only where a sentence
   * meets it twice. When the sentence (or the text before it) names anyone the base
   * knows, only facts of their topics are candidates; `undefined` leaves the topic open.
   */
  candidates(sentenceStems: Iterable<string>, entityIds: Iterable<string>, topics: ReadonlySet<number> | undefined): IndexedFact[] {
    const limit = Math.max(RETRIEVAL_FLOOR, this.facts.length * RETRIEVAL_SHARE);
    const hits = new Map<number, number>();
    const add = (list: number[] | undefined) => {
      if (!list || list.length > limit) return;
      const weight = list.length <= RETRIEVAL_FLOOR ? 2 : 1;
      for (const i of list) hits.set(i, (hits.get(i) ?? 0) + weight);
    };
    for (const s of sentenceStems) add(this.byStem.get(s));
    for (const e of entityIds) add(this.byEntity.get(e));
    const out: IndexedFact[] = [];
    for (const [i, n] of hits) if (n >= 2 && this.inTopic(i, topics)) out.push(this.facts[i]);
    return out;
  }

  /** The facts of these stories whose figure, as the base writes it, is this number. */
  stating(amount: number, topics: ReadonlySet<number> | undefined): IndexedFact[] {
    this.byAmount ??= amountIndex(this.facts);
    return (this.byAmount.get(amount) ?? []).filter((i) => this.inTopic(i, topics)).map((i) => this.facts[i]);
  }

  private inTopic(i: number, topics: ReadonlySet<number> | undefined): boolean {
    const t = this.topics.fact(i);
    return topics === undefined || t === undefined || topics.has(t);
  }
}

/** A list grown by push keeps room for a dozen more: a big base has a hundred thousand short lists of positions. */
function trim(lists: Map<string, number[]>): void {
  for (const [key, list] of lists) lists.set(key, list.slice());
}

function amountIndex(facts: readonly IndexedFact[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  facts.forEach((f, i) => {
    if ('amount' in f.fact.value) push(out, f.fact.value.amount, i);
  });
  return out;
}

function valueEntities(fact: Fact): string[] {
  const v = fact.value;
  if (v.type === 'role') return v.of ? [v.person, v.of] : [v.person];
  return [];
}

/**
 * Inverse document frequency against a fixed reference size rather than the base's
 * own: a term's weight then depends only on the facts that share it, so facts about
 * other events, however many, change no verdict, and a small base weighs a word as a
 * big one does.
 */
export const REFERENCE_FACTS = 100;

function idf(df: number): number {
  return df === 0 ? 0 : Math.log(1 + REFERENCE_FACTS / df);
}
