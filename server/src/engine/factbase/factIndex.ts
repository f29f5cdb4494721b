import { stems } from '../text/tokens';
import type { Fact } from './schema';
import { withSynonyms } from './synonyms';

/** A fact prepared for matching: its keywords as stem sequences, its entities as a set. */
export interface IndexedFact {
  fact: Fact;
  keywords: string[][];
  entities: ReadonlySet<string>;
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

  constructor(facts: readonly Fact[]) {
    this.facts = facts.map((fact) => ({
      fact,
      keywords: uniquePhrases(withSynonyms(fact.keywords.map(stems).filter((k) => k.length > 0 && !DATE_QUALIFIERS.has(k.join(' '))))),
      entities: new Set([...fact.entities, ...valueEntities(fact)]),
    }));
    this.facts.forEach((f, i) => {
      this.byId.set(f.fact.id, i);
      for (const k of f.keywords) push(this.byStem, k[0], i);
      for (const e of f.entities) push(this.byEntity, e, i);
      if (f.fact.value.type === 'role') push(this.rolesByPerson, f.fact.value.person, i);
    });
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

  /** The share of facts that involve an entity. */
  entityShare(entityId: string): number {
    return this.facts.length === 0 ? 0 : (this.byEntity.get(entityId)?.length ?? 0) / this.facts.length;
  }

  stemWeight(stem: string): number {
    return idf(this.facts.length, this.byStem.get(stem)?.length ?? 0);
  }

  entityWeight(entityId: string): number {
    return idf(this.facts.length, this.byEntity.get(entityId)?.length ?? 0);
  }

  /**
   * Facts that share a keyword's first stem or an entity with the sentence. Words and
   * entities that a large share of the facts have ("Kazakhstan" in a fact base about
   * Kazakhstan) weigh little and would make every sentence a scan: they do not
   * retrieve, though they still count once a fact is retrieved by something rarer.
   * A term shared by more than a couple of hundred facts retrieves a fact only
   * together with a second term, so a big fact base is scored only where a sentence
   * meets it twice.
   */
  candidates(sentenceStems: Iterable<string>, entityIds: Iterable<string>): IndexedFact[] {
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
    for (const [i, n] of hits) if (n >= 2) out.push(this.facts[i]);
    return out;
  }
}

function valueEntities(fact: Fact): string[] {
  const v = fact.value;
  if (v.type === 'role') return v.of ? [v.person, v.of] : [v.person];
  return [];
}

/** "chaired" and "chairing" are one keyword once stemmed: count it once. */
function uniquePhrases(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const key = p.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

function idf(total: number, df: number): number {
  return df === 0 ? 0 : Math.log(1 + total / df);
}
