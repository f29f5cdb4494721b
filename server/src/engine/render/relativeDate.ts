import type { DateClaim } from '../claims/claim';
import { DAY, WEEKDAYS } from '../claims/relativeDates';
import type { CalendarDate } from '../factbase/schema';
import { keepCase } from './keepCase';

/** The words that name `date` the way the writer named theirs, or undefined when they cannot. */
export function renderRelative(claim: DateClaim, date: CalendarDate): string | undefined {
  const report = claim.relativeTo;
  if (!report || date.day === undefined || date.month === undefined) return undefined;
  const gap = Math.round((Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(report.year, (report.month ?? 1) - 1, report.day ?? 1)) / DAY);
  const m = /^(last\s+|this past\s+|next\s+)?(\p{L}+)(['’]s)?$/iu.exec(claim.text);
  if (!m) return undefined;
  if (/^(yesterday|today)$/i.test(m[2])) return gap === -1 ? keepCase(m[2], 'yesterday') : gap === 0 ? keepCase(m[2], 'today') : undefined;
  const prefix = m[1]?.trim().toLowerCase();
  const ahead = prefix === 'next' || (!prefix && report.ahead);
  const inWeek = ahead ? gap > 0 && gap <= 7 : prefix ? gap < 0 && gap >= -7 : gap <= 0 && gap > -7;
  if (!inWeek) return undefined;
  const name = WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
  return `${m[1] ?? ''}${name}${m[3] ?? ''}`;
}
