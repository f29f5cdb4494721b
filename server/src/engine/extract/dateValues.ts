import type { DateClaim } from '../claims/claim';
import type { FactValue } from '../factbase/schema';
import { calendarDate } from './calendarDate';
import type { Found, SourceSentence } from './found';

/** Words that put a date after the time of writing: "will be held in late May", "come January 1st". */
const FUTURE = /\b(?:will|shall|come|next|upcoming|scheduled|planned|due)\b/i;

/** Every date the engine reads in the sentence, with a year the source leaves out taken from the source's date. */
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
  if (!s.date || d.date.month === undefined) return undefined;
  const year = yearOf(s, d);
  const reason = `The source gives no year: ${year === s.date.date.year ? 'the year of' : 'the year after'} ${s.date.reason}.`;
  return { type: 'date', date: calendarDate(d.date, year), inferred: { parts: ['year'], reason } };
}

/** The source's year; the next one for a date the sentence looks forward to that falls earlier in the year than the writing. */
function yearOf(s: SourceSentence, d: DateClaim): number {
  const written = s.date!.date;
  const ahead = FUTURE.test(s.read.text) && written.month !== undefined && d.date.month! < written.month;
  return written.year + (ahead ? 1 : 0);
}
