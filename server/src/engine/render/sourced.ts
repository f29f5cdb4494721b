import { monthName } from '../claims/calendar';
import { ordinalSuffix } from '../claims/numberWords';
import type { CalendarDate, FactValue } from '../factbase/schema';

/** The sourced value as a reader would say it, for messages. */
export function sourcedValueText(v: FactValue): string {
  switch (v.type) {
    case 'date':
      return formatDate(v.date);
    case 'dateRange':
      return `${formatDate(v.from)}–${formatDate(v.to)}`;
    case 'quantity':
      return `${v.amount.toLocaleString('en-US')} ${v.unit}`;
    case 'money':
      return `${v.currency === 'USD' ? '$' : `${v.currency} `}${withScale(v.amount)}`;
    case 'count':
      return `${v.amount} ${v.noun}${v.amount === 1 ? '' : 's'}`;
    case 'ordinal':
      return `${v.amount}${ordinalSuffix(v.amount)} ${v.noun}`;
    case 'age':
      return `${v.years} years old`;
    case 'duration':
      return `${v.amount} ${v.unit}${v.amount === 1 ? '' : 's'}`;
    case 'entity':
      return v.entity;
    case 'role':
      return v.title;
  }
}

/** "19 August 2022", "August 2022", "summer 2021", "2022". */
export function formatDate(d: CalendarDate): string {
  if (d.season) return `${d.season} ${d.year}`;
  if (!d.month) return String(d.year);
  return [d.day, monthName(d.month, 'long'), d.year].filter((p) => p !== undefined).join(' ');
}

function withScale(amount: number): string {
  for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (Math.abs(amount) >= scale) return `${Math.round((amount / scale) * 1000) / 1000} ${word}`;
  }
  return amount.toLocaleString('en-US');
}
