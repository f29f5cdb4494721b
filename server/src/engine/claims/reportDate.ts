import type { CalendarDate } from '../factbase/schema';
import { MONTH_PATTERN, monthNumber } from './calendar';
import { DATELINE_LEAD, PARENTHESISED_DATELINE, findDates } from './dates';

/** The day a draft reports from; `at` is where a header line states it, a date that is the report's and no claim. */
export interface ReportDate extends CalendarDate {
  at?: number;
}

/**
 * The day a draft reports from, against which "on Monday" and "last Thursday" are read:
 * its front matter's date, else its dateline ("ASTANA, Nov 29 (Reuters) –"), taking a
 * year the dateline leaves out from the year the draft states most.
 */
export function reportDate(text: string): ReportDate | undefined {
  return frontMatterDate(text) ?? datelineDate(text) ?? headerDate(text);
}

/** A byline, an "Updated …" line or a standfirst under the headline: "*By A. B. · Monday, 5 December 2022*". */
const HEADER_LINE = /^[*_]*(?:by|updated|published|posted|filed)\b|[·|]|^[*_].*[*_]$/i;
const HEADER_LINES = 6;
const HEADER_LENGTH = 160;

function headerDate(text: string): ReportDate | undefined {
  let lineStart = 0;
  let seen = 0;
  for (const raw of text.slice(0, TOP).split('\n')) {
    const at = lineStart + raw.length - raw.trimStart().length;
    lineStart += raw.length + 1;
    const whole = raw.trim();
    if (!whole || /^(#|---|\+\+\+)/.test(whole)) continue;
    if (++seen > HEADER_LINES) break;
    const line = PARENTHESISED_DATELINE.test(whole) ? whole.slice(0, HEADER_LENGTH) : whole;
    if (line.length > HEADER_LENGTH || !(HEADER_LINE.test(line) || PARENTHESISED_DATELINE.test(line))) continue;
    const d = findDates(line, 0, line.length, { datelines: true }).find((c) => c.date.year !== undefined && c.date.month !== undefined && c.date.day !== undefined && !c.to);
    const date = d && valid(d.date.year!, d.date.month!, d.date.day!);
    if (date) return whole.startsWith('|') ? date : { ...date, at: at + d.start };
  }
  return undefined;
}

const FRONT_MATTER_DATE = /^(?:---|\+\+\+)[\s\S]*?^date\s*[:=]\s*["']?(\d{4})-(\d{2})-(\d{2})/m;
const YEARS = /(?<![\d,.])(?:19|20)\d\d(?![\d,]|['’]?s\b)/g;
const TOP = 3000;

function frontMatterDate(text: string): CalendarDate | undefined {
  const m = FRONT_MATTER_DATE.exec(text.slice(0, TOP));
  return m && text.startsWith(m[0].slice(0, 3)) ? valid(+m[1], +m[2], +m[3]) : undefined;
}

const DATELINE_DATE = new RegExp(`^\\s*(?:(${MONTH_PATTERN})\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH_PATTERN}))(?:,?\\s+(\\d{4}))?`);

function datelineDate(text: string): CalendarDate | undefined {
  const top = text.slice(0, TOP);
  for (const line of top.split('\n')) {
    for (const lead of leads(line)) {
      const m = DATELINE_DATE.exec(line.slice(lead));
      const month = m && monthNumber(m[1] ?? m[4]);
      const year = m?.[5] ? +m[5] : usualYear(text);
      if (m && month && year) return valid(year, month, +(m[2] ?? m[3]));
    }
  }
  return undefined;
}

/** The year the draft states most often, the later one on a tie: a report's own year, which its dateline leaves out. */
function usualYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(YEARS)) counts.set(+m[0], (counts.get(+m[0]) ?? 0) + 1);
  let best: [number, number] | undefined;
  for (const [year, n] of counts) if (!best || n > best[1] || (n === best[1] && year > best[0])) best = [year, n];
  return best?.[0];
}

/** Where the date of a dateline may start in its line: after "CITY, " or "CITY, Region, ". */
function leads(line: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < Math.min(line.length, 60); i++) {
    if (line[i - 1] === ',' && DATELINE_LEAD.test(line.slice(0, i))) out.push(i);
  }
  return out;
}

function valid(year: number, month: number, day: number): CalendarDate | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? { year, month, day } : undefined;
}
