import type { IndexedFact } from '../factbase/factIndex';
import { bySourceEntity, sameEventFacts } from './sameEvent';

/**
 * Where a fact's event took place, for a fact that does not say: the place the same
 * source gives the event it belongs to. "His first trip abroad was to Moscow, only three
 * weeks after he took office": Moscow is the trip's own place, not another party's.
 * Such a place only keeps a claim from being taken for someone else's.
 */
export function eventPlaces(facts: readonly IndexedFact[]): Map<IndexedFact, Set<string>> {
  const placed = bySourceEntity(facts, (f) => f.fact.value.type === 'entity' && f.fact.value.slot === 'place');
  const out = new Map<IndexedFact, Set<string>>();
  for (const f of facts) {
    if (f.fact.value.type === 'entity' || f.entities.size === 0) continue;
    const places = new Set(sameEventFacts(f, placed, 1).flatMap((p) => (p.fact.value.type === 'entity' && sameTime(f, p) ? [p.fact.value.entity] : [])));
    if (places.size > 0) out.set(f, places);
  }
  return out;
}

/** Two facts of one source are of one event only if they do not hold at different times. */
function sameTime(a: IndexedFact, b: IndexedFact): boolean {
  const [x, y] = [a.fact.when ?? (a.fact.value.type === 'date' ? a.fact.value.date : undefined), b.fact.when];
  return !x || !y || (x.year === y.year && (x.month === undefined || y.month === undefined || x.month === y.month));
}
