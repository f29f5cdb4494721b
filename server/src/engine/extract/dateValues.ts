import type { DateClaim } from '../claims/claim';
import type { FactValue } from '../factbase/schema';
import { calendarDate } from './calendarDate';
import type { Found, SourceSentence } from './found';

/** A year the text names: "2018", "May 19, 2018,"; not a part of "1,765" or "2018,000". */
const YEAR = /(?<![\d,.])(?:1[6-9]|20)\d\d(?!\d|,\d)/g;
const MOST_DATES = 2;
/** Words that put a date after the time of writing: "will be held in late May", "come January 1st". */
const FUTURE = /\b(?:will|shall|come|next|upcoming|scheduled|planned|due)\b/i;

/**
 * Every date the engine reads in the sentence, with a year the source leaves out taken
 * from the source's date, else from the year its text names last before the date.
 */
export function dateValues(s: SourceSentence): Found[] {
  return s.read.ctx.dates.flatMap((d) => {
    const value = dateValue(s, d);
    return value ? [{ value, span: { start: d.start, end: d.end }, label: 'date', wholeSentence: d.style === 'day' }] : [];
  });
}

function dateValue(s: SourceSentence, d: DateClaim): FactValue | undefined {
  if (d.to && d.date.year !== undefined && d.to.year !== undefined) {
    return { type: 'dateRange', from: calendarDate(d.date, d.date.year), to: calendarDate(d.to, d.to.year) };
  }
  if (d.date.year !== undefined) return { type: 'date', date: calendarDate(d.date, d.date.year) };
  const inferred = d.date.month === undefined ? undefined : inferredYear(s, d);
  if (!inferred) return undefined;
  return { type: 'date', date: calendarDate(d.date, inferred.year), inferred: { parts: ['year'], reason: inferred.reason } };
}

/**
 * The source's year, the next one for a date the sentence looks forward to that falls
 * earlier in the year than the writing, the one before for a date it looks back on that
 * falls later; in a source with no date, the year its text names last before it, unless
 * the sentence looks ahead.
 */
function inferredYear(s: SourceSentence, d: DateClaim): { year: number; reason: string } | undefined {
  const ahead = FUTURE.test(s.read.text);
  if (!s.date) {
    // A year named before tells the time of what the text looks back on, not of what lies
    // ahead of its writing; and a run of dates is a chronology read as one sentence, whose
    // quote would not tell which entry is whose.
    const year = ahead || s.read.ctx.dates.length > MOST_DATES ? undefined : [...s.masked.slice(0, d.start).matchAll(YEAR)].pop();
    return year && { year: +year[0], reason: `The source gives no year and no date: ${year[0]}, the year its text names last before this date.` };
  }
  const written = s.date.date;
  const next = ahead && written.month !== undefined && d.date.month! < written.month;
  const before = !ahead && afterWriting(d, written);
  const year = written.year + (next ? 1 : before ? -1 : 0);
  return { year, reason: `The source gives no year: ${next ? 'the year after' : before ? 'the year before' : 'the year of'} ${s.date.reason}.` };
}

/**
 * "Sandy's origin is a tropical wave that left Africa on October 11", in a report of
 * February 2013: a date the text looks back on, later in the year than the writing, is
 * of the year before.
 */
function afterWriting(d: DateClaim, written: { month?: number; day?: number }): boolean {
  if (written.month === undefined) return false;
  if (d.date.month! !== written.month) return d.date.month! > written.month;
  return d.date.day !== undefined && written.day !== undefined && d.date.day > written.day;
}
