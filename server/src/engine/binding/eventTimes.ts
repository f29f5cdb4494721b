import type { CalendarDate } from '../factbase/schema';
import type { IndexedFact } from '../factbase/factIndex';
import { bySourceEntity, sameEventFacts, type BySourceEntity } from './sameEvent';

/**
 * When a fact's event happened, for a figure or a title its source gives no time of
 * its own: the date of the event it belongs to. "Fifteen agreements" were signed on
 * the visit that the same source dates May 2022, so "six agreements signed in October"
 * speaks of another meeting. Such a time only ever keeps a claim from being
 * contradicted, never from being supported: the link between the two facts is inferred.
 */
export function eventTime(f: IndexedFact, dated: BySourceEntity): CalendarDate | undefined {
  if (f.fact.when || f.fact.value.type === 'date' || f.fact.value.type === 'dateRange' || f.entities.size < 2) return undefined;
  return sharedTime(sameEventFacts(f, dated, 2));
}

/** The facts that date an event to its month, for `eventTime`. */
export function datedEvents(facts: readonly IndexedFact[]): BySourceEntity {
  return bySourceEntity(facts, (f) => f.fact.value.type === 'date' && f.fact.value.date.month !== undefined);
}

/** The month of the event's dated facts, if they agree on it. */
function sharedTime(events: IndexedFact[]): CalendarDate | undefined {
  const months = new Set(events.map((d) => (d.fact.value.type === 'date' ? `${d.fact.value.date.year}-${d.fact.value.date.month}` : '')));
  if (months.size !== 1) return undefined;
  const v = events[0].fact.value;
  return v.type === 'date' ? { year: v.date.year, month: v.date.month } : undefined;
}
