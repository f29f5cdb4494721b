import type { IndexedFact } from '../factbase/factIndex';
import { push } from '../factbase/multimap';

/**
 * Where a fact's event took place, for a fact that does not say: the place the same
 * source gives the event it belongs to. "His first trip abroad was to Moscow, only three
 * weeks after he took office": Moscow is the trip's own place, not another party's.
 * Such a place only keeps a claim from being taken for someone else's.
 */
export function eventPlaces(facts: readonly IndexedFact[]): Map<IndexedFact, Set<string>> {
  const placed = new Map<string, IndexedFact[]>();
  for (const f of facts) {
    if (f.fact.value.type !== 'entity' || f.fact.value.slot !== 'place') continue;
    for (const e of f.entities) push(placed, `${f.fact.source}\u0000${e}`, f);
  }
  const out = new Map<IndexedFact, Set<string>>();
  for (const f of facts) {
    if (f.fact.value.type === 'entity' || f.entities.size === 0) continue;
    const places = sharedPlaces(f, placed);
    if (places.size > 0) out.set(f, places);
  }
  return out;
}

/** The places of the same source's place facts that involve all of the fact's entities but one. */
function sharedPlaces(f: IndexedFact, placed: Map<string, IndexedFact[]>): Set<string> {
  const seen = new Set<IndexedFact>();
  for (const e of f.entities) for (const p of placed.get(`${f.fact.source}\u0000${e}`) ?? []) seen.add(p);
  const places = new Set<string>();
  for (const p of seen) {
    const shared = [...f.entities].filter((e) => p.entities.has(e)).length;
    if (shared < Math.max(1, f.entities.size - 1) || !sameTime(f, p)) continue;
    if (p.fact.value.type === 'entity') places.add(p.fact.value.entity);
  }
  return places;
}

/** Two facts of one source are of one event only if they do not hold at different times. */
function sameTime(a: IndexedFact, b: IndexedFact): boolean {
  const [x, y] = [a.fact.when ?? (a.fact.value.type === 'date' ? a.fact.value.date : undefined), b.fact.when];
  return !x || !y || (x.year === y.year && (x.month === undefined || y.month === undefined || x.month === y.month));
}
