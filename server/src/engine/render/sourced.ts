import { monthName } from '../claims/calendar';
import { ordinalSuffix } from '../claims/numberWords';
import type { Bound, CalendarDate, FactValue } from '../factbase/schema';
import { currencyByCode } from '../units/currencies';
import { unitById } from '../units/units';
import { pluralOf } from '../text/plural';

/** The sourced value as a reader would say it, for messages. */
export function sourcedValueText(v: FactValue): string {
  switch (v.type) {
    case 'date':
      return formatDate(v.date);
    case 'dateRange':
      return `${formatDate(v.from)}–${formatDate(v.to)}`;
    case 'quantity':
      return bounded(v.bound, `${v.amount.toLocaleString('en-US')} ${unitText(v.unit, v.amount)}`);
    case 'money':
      return bounded(v.bound, `${moneyPrefix(v.currency)}${withScale(v.amount)}`);
    case 'count':
      return bounded(v.bound, `${v.amount.toLocaleString('en-US')} ${v.amount === 1 ? v.noun : pluralOf(v.noun)}`);
    case 'percent':
      return bounded(v.bound, `${v.amount}%`);
    case 'scale':
      return bounded(v.bound, `${v.name} ${v.amount}`);
    case 'time':
      return bounded(v.bound, [clockText(v.hour, v.minute), v.zone, v.date && `on ${formatDate(v.date)}`].filter(Boolean).join(' '));
    case 'ordinal':
      return `${v.amount}${ordinalSuffix(v.amount)} ${v.noun}`;
    case 'age':
      return `${v.years} years old`;
    case 'duration':
      return bounded(v.bound, `${v.amount.toLocaleString('en-US')} ${v.unit}${v.amount === 1 ? '' : 's'}`);
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

const BOUND_WORDS: Record<Bound, string> = { 'at-least': 'at least', 'at-most': 'at most', about: 'about' };

function bounded(bound: Bound | undefined, text: string): string {
  return bound ? `${BOUND_WORDS[bound]} ${text}` : text;
}

/** "7,644 km", "1,260 pounds": the symbol where the unit has one. */
function unitText(id: string, amount: number): string {
  const unit = unitById(id);
  if (!unit) return id;
  return unit.symbols[0] ?? (amount === 1 ? unit.singular[0] : unit.plural[0]);
}

/** "$", "€", or the code and a space where the currency has no symbol of its own. */
function moneyPrefix(code: string): string {
  const symbol = currencyByCode(code)?.symbols[0];
  return symbol && code !== 'JPY' && code !== 'CNY' ? symbol : `${code} `;
}

function clockText(hour: number, minute: number): string {
  return `${((hour + 11) % 12) + 1}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

function withScale(amount: number): string {
  for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (Math.abs(amount) >= scale) return `${Math.round((amount / scale) * 1000) / 1000} ${word}`;
  }
  return amount.toLocaleString('en-US');
}
