import { stems } from '../text/tokens';
import type { Fact } from './schema';
import { Topics } from './topics';
import { withSynonyms } from './synonyms';

/** A fact prepared for matching: its keywords as stem sequences, its entities as a set. */
export interface IndexedFact {
  fact: Fact;
  keywords: string[][];
  /** The weight of each keyword, in the order of `keywords`. */
  keywordWeights: number[];
  entities: ReadonlySet<string>;
  /** The kinds of its entities: another agreement named by the claim is another agreement's. */
  kinds: ReadonlySet<string>;
}

/**
 * Facts indexed by keyword stem and by entity, so that a claim is compared only
 * with the facts its sentence speaks about, however many facts there are.
 * Weights follow inverse document frequency: a word or entity that many facts
 * share ("Kazakhstan") says little about which one a sentence means.
 */
/** "late", "early": words about a date, not about an event; near a date they would point anywhere. */
const DATE_QUALIFIERS = new Set(['late', 'early', 'mid', 'beginning', 'end']);

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

  constructor(facts: readonly Fact[], kindOf: (entityId: string) => string | undefined = () => undefined) {
    const prepare = new FactPreparer(kindOf);
    this.facts = facts.map((fact) => prepare.fact(fact));
    this.facts.forEach((f, i) => {
      this.byId.set(f.fact.id, i);
      for (const k of f.keywords) push(this.byStem, k[0], i);
      for (const e of f.entities) push(this.byEntity, e, i);
      if (f.fact.value.type === 'role') push(this.rolesByPerson, f.fact.value.person, i);
    });
    this.topics = new Topics(this.facts.map((f) => f.entities));
    const inTopic = this.stemCountsByTopic();
    const everyTopic = inTopic.get(undefined);
    this.facts.forEach((f, i) => {
      const topic = this.topics.fact(i);
      const counts = topic === undefined ? undefined : inTopic.get(topic);
      f.keywordWeights = f.keywords.map((k) => idf(counts ? (counts.get(k[0]) ?? 0) + (everyTopic?.get(k[0]) ?? 0) : this.byStem.get(k[0])?.length ?? 0));
    });
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
    const inTopic = (i: number) => {
      const t = this.topics.fact(i);
      return topics === undefined || t === undefined || topics.has(t);
    };
    for (const [i, n] of hits) if (n >= 2 && inTopic(i)) out.push(this.facts[i]);
    return out;
  }
}

/**
 * Builds the IndexedFact of each fact. A big base repeats its event words and its
 * combinations of entity kinds across thousands of facts: each is stemmed or built
 * once and shared, which nothing mutates.
 */
class FactPreparer {
  private readonly phrases = new Map<string, string[] | undefined>();
  private readonly phraseKeys = new Map<string[], string>();
  private readonly kindSets = new Map<string, ReadonlySet<string>>();

  constructor(private readonly kindOf: (entityId: string) => string | undefined) {}

  fact(fact: Fact): IndexedFact {
    const entities = new Set(fact.entities);
    for (const e of valueEntities(fact)) entities.add(e);
    const stemmed = fact.keywords.map((k) => this.keyword(k)).filter((k): k is string[] => k !== undefined);
    return { fact, keywords: this.unique(withSynonyms(stemmed)), keywordWeights: [], entities, kinds: this.kinds(entities) };
  }

  /** A keyword's stems; undefined for one that is no event word. */
  private keyword(keyword: string): string[] | undefined {
    if (this.phrases.has(keyword)) return this.phrases.get(keyword);
    const k = stems(keyword);
    const kept = k.length > 0 && !DATE_QUALIFIERS.has(k.join(' ')) ? k : undefined;
    this.phrases.set(keyword, kept);
    return kept;
  }

  /** "chaired" and "chairing" are one keyword once stemmed: count it once. */
  private unique(phrases: string[][]): string[][] {
    const seen = new Set<string>();
    return phrases.filter((p) => {
      let key = this.phraseKeys.get(p);
      if (key === undefined) this.phraseKeys.set(p, (key = p.join(' ')));
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  private kinds(entities: ReadonlySet<string>): ReadonlySet<string> {
    const kinds = [...entities].flatMap((e) => this.kindOf(e) ?? []);
    const key = kinds.join('\u0000');
    let set = this.kindSets.get(key);
    if (!set) this.kindSets.set(key, (set = new Set(kinds)));
    return set;
  }
}

function valueEntities(fact: Fact): string[] {
  const v = fact.value;
  if (v.type === 'role') return v.of ? [v.person, v.of] : [v.person];
  return [];
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
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
