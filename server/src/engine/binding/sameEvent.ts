import type { IndexedFact } from '../factbase/factIndex';
import { push } from '../factbase/multimap';

/**
 * Facts by source, then by entity, for finding the facts one source states of one event.
 * Two maps rather than one keyed by both ids: a big base would keep a joined key for
 * every entity of every fact.
 */
export type BySourceEntity = Map<string, Map<string, IndexedFact[]>>;

export function bySourceEntity(facts: readonly IndexedFact[], keep: (f: IndexedFact) => boolean): BySourceEntity {
  const out: BySourceEntity = new Map();
  for (const f of facts) {
    if (!keep(f)) continue;
    let ofSource = out.get(f.fact.source);
    if (!ofSource) out.set(f.fact.source, (ofSource = new Map()));
    for (const e of f.entities) push(ofSource, e, f);
  }
  return out;
}

/**
 * The facts of the same source that involve all of a fact's entities but one (and at
 * least `least` of them): the source's other statements about the same event.
 */
export function sameEventFacts(f: IndexedFact, index: BySourceEntity, least: number): IndexedFact[] {
  const seen = new Set<IndexedFact>();
  const ofSource = index.get(f.fact.source);
  for (const e of f.entities) for (const d of ofSource?.get(e) ?? []) seen.add(d);
  return [...seen].filter((d) => [...f.entities].filter((e) => d.entities.has(e)).length >= Math.max(least, f.entities.size - 1));
}
