import { findDates } from '../claims/dates';
import type { CalendarDate, Source } from '../factbase/schema';
import { calendarDate } from './calendarDate';
import type { SourceDate } from './types';

/** A line that says when the text was written: "Published on 11.05.2022", a dateline. */
const DATE_LINE = /\b(?:published|posted|updated|dated|written)\b/i;
/** A dateline stands alone near the top: "Astana, 15 December 2022". */
const TOP_LINES = 12;
const SHORT_LINE = 80;
const DATELINE_WORDS = 4;

/** The source's date: its sources.json entry's, else a date line of its text, else none. */
export function sourceDate(text: string, entry: Source | undefined): SourceDate | undefined {
  if (entry?.date) {
    const how = entry.date.inferred ? `inferred in sources.json: ${entry.date.inferred.reason}` : 'as sources.json gives it';
    return { date: entry.date.value, reason: `the source's date (${how})` };
  }
  return dateLine(text);
}

function dateLine(text: string): SourceDate | undefined {
  const lines = text.split('\n').map((line, i) => ({ line: line.trim(), i })).filter((l) => l.line.length > 0);
  const published = lines.find((l) => DATE_LINE.test(l.line) && datedWithYear(l.line));
  const dateline = lines.slice(0, TOP_LINES).find((l) => l.line.length <= SHORT_LINE && isDateline(l.line));
  const chosen = published ?? dateline;
  if (!chosen) return undefined;
  return { date: datedWithYear(chosen.line)!, reason: `the source's date, from its line “${chosen.line}”` };
}

/** A line that is a date and little else: a place, a weekday ("Astana, Monday 15 December 2022"). */
function isDateline(line: string): boolean {
  const d = findDates(line, 0, line.length).find((c) => c.date.year !== undefined && !c.to);
  if (!d) return false;
  const rest = `${line.slice(0, d.start)} ${line.slice(d.end)}`.match(/\p{L}+/gu) ?? [];
  return rest.length <= DATELINE_WORDS;
}

function datedWithYear(line: string): CalendarDate | undefined {
  const d = findDates(line, 0, line.length).find((c) => c.date.year !== undefined && !c.to);
  if (!d || d.date.year === undefined) return undefined;
  return calendarDate(d.date, d.date.year);
}
