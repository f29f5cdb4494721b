import type { CalendarDate } from '../factbase/schema';
import type { IndexedFact } from '../factbase/factIndex';
import { push } from '../factbase/multimap';

/**
 * When a fact's event happened, for a figure or a title its source gives no time of
 * its own: the date of the event it belongs to. "Fifteen agreements" were signed on
 * the visit that the same source dates May 2022, so "six agreements signed in October"
 * speaks of another meeting. Such a time only ever keeps a claim from being
 * contradicted, never from being supported: the link between the two facts is inferred.
 */
export function eventTimes(facts: readonly IndexedFact[]): Map<IndexedFact, CalendarDate> {
  const dated = new Map<string, IndexedFact[]>();
  for (const f of facts) {
    if (f.fact.value.type !== 'date' || f.fact.value.date.month === undefined) continue;
    for (const e of f.entities) push(dated, `${f.fact.source}\u0000${e}`, f);
  }
  const out = new Map<IndexedFact, CalendarDate>();
  for (const f of facts) {
    if (f.fact.when || f.fact.value.type === 'date' || f.fact.value.type === 'dateRange' || f.entities.size < 2) continue;
    const time = sharedTime(f, dated);
    if (time) out.set(f, time);
  }
  return out;
}

/** The month of the dated facts of the same source that involve all of the fact's entities but one, if they agree on it. */
function sharedTime(f: IndexedFact, dated: Map<string, IndexedFact[]>): CalendarDate | undefined {
  const seen = new Set<IndexedFact>();
  for (const e of f.entities) for (const d of dated.get(`${f.fact.source}\u0000${e}`) ?? []) seen.add(d);
  const events = [...seen].filter((d) => [...f.entities].filter((e) => d.entities.has(e)).length >= Math.max(2, f.entities.size - 1));
  const months = new Set(events.map((d) => (d.fact.value.type === 'date' ? `${d.fact.value.date.year}-${d.fact.value.date.month}` : '')));
  if (months.size !== 1) return undefined;
  const v = events[0].fact.value;
  return v.type === 'date' ? { year: v.date.year, month: v.date.month } : undefined;
}
