import type { IndexedFact } from '../factbase/factIndex';
import { bySourceEntity, sameEventFacts, type BySourceEntity } from './sameEvent';

/**
 * Where a fact's event took place, for a fact that does not say: the place the same
 * source gives the event it belongs to. "His first trip abroad was to Moscow, only three
 * weeks after he took office": Moscow is the trip's own place, not another party's.
 * Such a place only keeps a claim from being taken for someone else's.
 */
export function eventPlaces(f: IndexedFact, placed: BySourceEntity): Set<string> | undefined {
  if (f.fact.value.type === 'entity' || f.entities.size === 0) return undefined;
  const places = new Set(sameEventFacts(f, placed, 1).flatMap((p) => (p.fact.value.type === 'entity' && sameTime(f, p) ? [p.fact.value.entity] : [])));
  return places.size > 0 ? places : undefined;
}

/** The facts that place an event, for `eventPlaces`. */
export function placedEvents(facts: readonly IndexedFact[]): BySourceEntity {
  return bySourceEntity(facts, (f) => f.fact.value.type === 'entity' && f.fact.value.slot === 'place');
}

/** Two facts of one source are of one event only if they do not hold at different times. */
function sameTime(a: IndexedFact, b: IndexedFact): boolean {
  const [x, y] = [a.fact.when ?? (a.fact.value.type === 'date' ? a.fact.value.date : undefined), b.fact.when];
  return !x || !y || (x.year === y.year && (x.month === undefined || y.month === undefined || x.month === y.month));
}
