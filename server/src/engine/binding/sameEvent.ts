import type { IndexedFact } from '../factbase/factIndex';
import { push } from '../factbase/multimap';

/** Facts by source and entity, for finding the facts one source states of one event. */
export type BySourceEntity = Map<string, IndexedFact[]>;

export function bySourceEntity(facts: readonly IndexedFact[], keep: (f: IndexedFact) => boolean): BySourceEntity {
  const out: BySourceEntity = new Map();
  for (const f of facts) if (keep(f)) for (const e of f.entities) push(out, `${f.fact.source}\u0000${e}`, f);
  return out;
}

/**
 * The facts of the same source that involve all of a fact's entities but one (and at
 * least `least` of them): the source's other statements about the same event.
 */
export function sameEventFacts(f: IndexedFact, index: BySourceEntity, least: number): IndexedFact[] {
  const seen = new Set<IndexedFact>();
  for (const e of f.entities) for (const d of index.get(`${f.fact.source}\u0000${e}`) ?? []) seen.add(d);
  return [...seen].filter((d) => [...f.entities].filter((e) => d.entities.has(e)).length >= Math.max(least, f.entities.size - 1));
}
