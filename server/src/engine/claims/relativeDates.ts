import type { CalendarDate } from '../factbase/schema';
import type { DateClaim } from './claim';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const RELATIVE = new RegExp(`\\b(?:(last|this past|on|next|this|since|by|until)\\s+)?(${WEEKDAYS.join('|')})(['’]s)?\\b|\\b(yesterday|today)\\b`, 'gi');
/** Words before a weekday that put it after the report: "will meet on Friday". */
const FUTURE = /\b(?:will|shall|is\s+(?:due|set|scheduled|expected)|are\s+(?:due|set|scheduled|expected)|to\s+be\s+held|plans?\s+to)\b[^.;]*$/i;
export const DAY = 86_400_000;

/**
 * Days a draft names by their place in the week of its report: "on Monday", "last
 * Thursday", "Saturday's vote", "yesterday". Each is read as the calendar day it names,
 * counted from the report's date, so it is compared with a sourced date like any other.
 */
export function findRelativeDates(text: string, start: number, end: number, report: CalendarDate): DateClaim[] {
  const slice = text.slice(start, end);
  const out: DateClaim[] = [];
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(slice); m; m = RELATIVE.exec(slice)) {
    const cue = m[1]?.toLowerCase();
    const weekday = m[2] ? WEEKDAYS.findIndex((w) => w.toLowerCase() === m![2].toLowerCase()) : undefined;
    const future = cue === 'next' || (cue !== 'last' && cue !== 'this past' && FUTURE.test(slice.slice(0, m.index)));
    const day = weekday === undefined ? relativeDay(m[4].toLowerCase(), report) : dayOfWeek(weekday, report, cue === 'last' || cue === 'this past' ? 'before' : future ? 'after' : 'at-or-before');
    if (!day || partOfAName(slice, m.index, m.index + m[0].length, m[1] !== undefined)) continue;
    const lead = m[1] && !['last', 'this past', 'next'].includes(cue ?? '') ? m[1].length + 1 : 0;
    out.push({
      kind: 'date',
      start: start + m.index + lead,
      end: start + m.index + m[0].length,
      text: m[0].slice(lead),
      date: day,
      style: 'weekday',
      monthForm: 'long',
      relativeTo: { ...report, ahead: future },
    });
  }
  return out;
}

/** "Black Friday", "Super Tuesday", "the Sunday Times": a weekday in a name is no day. */
function partOfAName(slice: string, start: number, end: number, cued: boolean): boolean {
  const before = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(slice.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^\s+\p{Lu}/u.test(slice.slice(end, end + 3));
  return (!cued && before !== undefined && !/^(On|Last|Since|By|Until|Next|This)$/.test(before)) || after;
}

function relativeDay(word: string, report: CalendarDate): CalendarDate {
  return shift(report, word === 'yesterday' ? -1 : 0);
}

/** The weekday's date in the report's week: the last one before it, or on it, or the next. */
function dayOfWeek(weekday: number, report: CalendarDate, where: 'before' | 'at-or-before' | 'after'): CalendarDate {
  const today = new Date(Date.UTC(report.year, (report.month ?? 1) - 1, report.day ?? 1)).getUTCDay();
  let diff = weekday - today;
  if (where === 'after') diff = diff <= 0 ? diff + 7 : diff;
  else if (where === 'before') diff = diff >= 0 ? diff - 7 : diff;
  else diff = diff > 0 ? diff - 7 : diff;
  return shift(report, diff);
}

function shift(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) + days * DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}
