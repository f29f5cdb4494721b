import type { DateClaim, PartialDate } from '../claims/claim';
import { IN_CAPITALS, MONTH_PATTERN, monthName, seasonOf } from '../claims/calendar';
import { ordinalSuffix, ordinalWord } from '../claims/numberWords';
import { sayYear } from '../claims/spokenYears';
import { renderRelative } from './relativeDate';
import type { CalendarDate } from '../factbase/schema';
import { keepCase } from './keepCase';

/**
 * The sourced date in the writer's own format, stating the parts the writer
 * stated: "Nov 25" becomes "Nov 23", "19.08.2022" stays day-first.
 */
export function renderDate(claim: DateClaim, from: CalendarDate, to?: CalendarDate): string | undefined {
  const out = renderParts(claim, from, to);
  const short = /(['’])\d\d$/.exec(claim.text);
  const sept = out && /^Sept\b/.test(claim.text) ? out.replace(/^Sep\b/, 'Sept') : out;
  const written = sept && IN_CAPITALS.test(claim.text) ? sept.replace(MONTH, (m) => m.toUpperCase()) : sept;
  return written && short ? written.replace(/,?\s+(\d{4})$/, (_, y: string) => ` ${short[1]}${y.slice(2)}`) : written;
}

const MONTH = new RegExp(MONTH_PATTERN);

/** "Nov '21" keeps its short year and "Sept 19" its four letters: the date is rendered whole, then written as the writer did. */
function renderParts(claim: DateClaim, from: CalendarDate, to?: CalendarDate): string | undefined {
  const d = pick(claim.date, from);
  if (!d) return undefined;
  const y = d.year ?? from.year;
  switch (claim.style) {
    case 'iso':
      return from.month && from.day ? `${from.year}-${pad(from.month)}-${pad(from.day)}` : undefined;
    case 'dmy-dotted':
    case 'dmy-slash':
      return from.month && from.day ? numeric(claim.text, [from.day, from.month, from.year]) : undefined;
    case 'mdy-slash':
      return from.month && from.day ? numeric(claim.text, [from.month, from.day, from.year]) : undefined;
    case 'day':
      return from.day ? `${from.day}${ordinalSuffix(from.day)}` : undefined;
    case 'mdy':
      return d.month && d.day ? `${monthName(d.month, claim.monthForm)} ${dayOf(claim, d.day)}${d.year ? `, ${y}` : ''}` : undefined;
    case 'dmy':
      return d.month && d.day ? `${dayOf(claim, d.day)} ${monthName(d.month, claim.monthForm)}${d.year ? ` ${y}` : ''}` : undefined;
    case 'ordinal-of':
      return d.month && d.day ? `${claim.dayInWords ? dayOf(claim, d.day) : `${d.day}${ordinalSuffix(d.day)}`} of ${monthName(d.month, claim.monthForm)}${d.year ? ` ${y}` : ''}` : undefined;
    case 'month-year':
      return d.month ? `${monthName(d.month, claim.monthForm)} ${/\sof\s/.test(claim.text) ? 'of ' : ''}${y}` : undefined;
    case 'month':
      return d.month ? monthName(d.month, claim.monthForm) : undefined;
    case 'season': {
      const season = from.season ?? (from.month ? seasonOf(from.month) : undefined);
      return season
        ? claim.text.replace(/spring|summer|autumn|fall|winter/i, (w) => keepCase(w, /fall/i.test(w) && season === 'autumn' ? 'fall' : season)).replace(/\d{4}/, String(from.year))
        : undefined;
    }
    case 'year':
      return claim.spokenYear ? spoken(claim.text, from.year, claim.spokenYear) : String(from.year);
    case 'year-range':
      return to ? renderRange(claim.text, from.year, to.year) : undefined;
    case 'weekday':
      return renderRelative(claim, from);
  }
}

function spoken(text: string, year: number, how: NonNullable<DateClaim['spokenYear']>): string | undefined {
  const said = sayYear(year, how.form, how.withAnd);
  return said && keepCase(text, said);
}

/** "August 18th, 1931": a day in digits with its ordinal suffix. */
const DIGITS_WITH_SUFFIX = /\d(?:st|nd|rd|th)\b/i;

/** The day as the writer wrote it: "19", "19th" or "nineteenth", "the eighteenth" keeping its "the". */
function dayOf(claim: DateClaim, day: number): string {
  if (!claim.dayInWords) return DIGITS_WITH_SUFFIX.test(claim.text) ? `${day}${ordinalSuffix(day)}` : String(day);
  const word = ordinalWord(day) ?? `${day}${ordinalSuffix(day)}`;
  if (claim.style === 'mdy') return /\sthe\s/.test(claim.text) ? `the ${word}` : word;
  return keepCase(claim.text, word);
}

/** The parts of the sourced date that the writer stated, or undefined if the source lacks one. */
function pick(stated: PartialDate, source: CalendarDate): PartialDate | undefined {
  const out: PartialDate = {};
  if (stated.year !== undefined) out.year = source.year;
  if (stated.month !== undefined) {
    if (source.month === undefined) return undefined;
    out.month = source.month;
  }
  if (stated.day !== undefined) {
    if (source.day === undefined) return undefined;
    out.day = source.day;
  }
  return out;
}

/** "2023-2024" or "2023–24", as the writer wrote it. */
function renderRange(text: string, from: number, to: number): string {
  const m = /^(\d{4})(\s?[-–—]\s?)(\d{2,4})$/.exec(text);
  const words = /^(\d{4})(\s+\p{L}+\s+)(\d{4})$/u.exec(text);
  if (words) return `${from}${words[2]}${to}`;
  if (!m) return `${from}-${to}`;
  return `${from}${m[2]}${m[3].length === 2 ? String(to).slice(2) : to}`;
}

/** "18/08/2022" or "18.8.2022": the writer's separators, and zero padding where they used it. */
function numeric(text: string, parts: number[]): string {
  const written = text.split(/[./]/);
  const sep = /[./]/.exec(text)?.[0] ?? '.';
  return parts.map((p, i) => (written[i]?.length === 2 && i < 2 ? pad(p) : String(p))).join(sep);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

