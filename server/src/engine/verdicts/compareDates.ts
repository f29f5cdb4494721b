import { keySlip } from './keySlip';
import type { DateClaim, PartialDate } from '../claims/claim';
import { monthInSeason } from '../claims/calendar';
import type { CalendarDate, Fact } from '../factbase/schema';

/** The date a fact states, or the time it holds, as one comparable value. */
export function factDate(fact: Fact): { from: CalendarDate; to?: CalendarDate } | undefined {
  const v = fact.value;
  if (v.type === 'date') return { from: v.date };
  if (v.type === 'dateRange') return { from: v.from, to: v.to };
  if (v.type === 'time' && v.date) return { from: v.date };
  return undefined;
}

/** Can this claim speak of this fact's date at all? A range is compared only with a range. */
export function dateCompatible(claim: DateClaim, fact: Fact): boolean {
  const d = factDate(fact);
  if (!d) return false;
  if ((claim.to !== undefined) !== (d.to !== undefined)) return false;
  // "Five flights between 1993 and 2009" spans years; the twelve days of one flight are no such span.
  return !(claim.to && d.to && claim.to.year !== claim.date.year && d.to.year === d.from.year);
}

/**
 * A claim agrees when every part the writer stated matches the part the source
 * states. A less precise claim ("in August 2022" for 19 August) agrees; a more
 * precise one cannot be contradicted by a source that does not go that far.
 */
export function dateAgrees(claim: DateClaim, fact: Fact): boolean {
  const d = factDate(fact);
  if (!d) return false;
  if (claim.to && d.to) return partsAgree(claim.date, d.from) && partsAgree(claim.to, d.to);
  return partsAgree(claim.date, d.from);
}

/** Whether a sourced date gives every part a stated one gives: a day for "Aug. 18", a month for "August 2024". */
export function statesParts(stated: PartialDate, source: CalendarDate): boolean {
  return (stated.day === undefined || source.day !== undefined) && (stated.month === undefined || source.month !== undefined);
}

export function partsAgree(c: PartialDate, f: CalendarDate): boolean {
  if (c.year !== undefined && c.year !== f.year) return false;
  if (c.month !== undefined && f.month !== undefined && c.month !== f.month) return false;
  if (c.month !== undefined && f.season !== undefined && !monthInSeason(c.month, f.season)) return false;
  if (c.season !== undefined && f.month !== undefined && !monthInSeason(f.month, c.season)) return false;
  if (c.season !== undefined && f.season !== undefined && c.season !== f.season) return false;
  if (c.day !== undefined && f.day !== undefined && c.day !== f.day) return false;
  return true;
}

/**
 * Writers' slips are near misses: a day or a year off, a month confused. A date
 * far from the sourced one is more likely about another event than wrong.
 */
export function datePlausiblyWrong(claim: DateClaim, fact: Fact): boolean {
  const d = factDate(fact);
  if (!d) return false;
  const c = claim.date;
  if (c.year !== undefined && Math.abs(c.year - d.from.year) > 5 && !keySlip(c.year, d.from.year)) return false;
  if (c.month !== undefined && d.from.month === undefined && d.from.season === undefined) return false;
  if (c.year === undefined && c.month !== undefined && d.from.month === undefined) return false;
  if (c.day === undefined && c.month !== undefined && d.from.month !== undefined && monthsApart(c.month, d.from.month) > 1) return false;
  return differingParts(c, d.from) <= 1 || dateGap({ ...claim, contextYear: undefined }, fact) <= 7;
}

/**
 * A month named without a day is a slip for the month next to the source's ("October"
 * for November); two months away it is more likely another step of the story ("called
 * in late September" an election held on 20 November).
 */
function monthsApart(a: number, b: number): number {
  const d = Math.abs(a - b);
  return Math.min(d, 12 - d);
}

/**
 * A slip changes one thing: the day, the month or the year (or lands within the week,
 * "Dec. 1" for November 30). "June 2019" against an
 * election on 20 November 2022 differs in two, and is more likely another election.
 */
function differingParts(c: PartialDate, f: CalendarDate): number {
  let n = 0;
  if (c.year !== undefined && c.year !== f.year) n++;
  if (c.month !== undefined && f.month !== undefined && c.month !== f.month) n++;
  if (c.day !== undefined && f.day !== undefined && c.day !== f.day) n++;
  return n;
}

/** Days between the claim and the fact, reading parts the writer left out as the source's. */
export function dateGap(claim: DateClaim, fact: Fact): number {
  const d = factDate(fact);
  if (!d) return Infinity;
  const year = claim.date.year ?? claim.contextYear ?? d.from.year;
  const month = claim.date.month ?? d.from.month ?? 6;
  const day = claim.date.day ?? d.from.day ?? 15;
  const a = Date.UTC(year, month - 1, day);
  const b = Date.UTC(d.from.year, (d.from.month ?? month) - 1, d.from.day ?? day);
  return Math.abs(a - b) / 86_400_000;
}

/** "2019" for 2009, "1936" for 1963: a slip of the keys, however far apart the years. */
export function yearDigitSlip(claim: DateClaim, fact: Fact): boolean {
  const d = factDate(fact);
  return !!d && claim.date.year !== undefined && keySlip(claim.date.year, d.from.year);
}
