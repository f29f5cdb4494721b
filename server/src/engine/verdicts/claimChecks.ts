import type { Claim } from '../claims/claim';
import type { IndexedFact } from '../factbase/factIndex';
import { renderDate } from '../render/dates';
import { renderFigure, renderUnit } from '../render/figures';
import { comparableValue, unitSlip } from './compareFigures';
import { factDate } from './compareDates';
import { dateComparison, figureComparison } from './comparisons';
import type { Comparison } from './decide';

export function comparisonFor(claim: Claim, tolerance: number): Comparison {
  return claim.kind === 'date' ? dateComparison(claim) : figureComparison(claim, tolerance);
}

/** The sourced value in the writer's format, to replace the claim's range; undefined when there is none. */
export function fixFor(claim: Claim, f: IndexedFact): string | undefined {
  if (claim.kind === 'date') {
    const d = factDate(f.fact);
    return d ? renderDate(claim, d.from, d.to) : undefined;
  }
  if (unitSlip(claim, f.fact) && f.fact.value.type === 'quantity') return renderUnit(claim, f.fact.value.unit);
  const v = comparableValue(claim, f.fact);
  return v === undefined ? undefined : renderFigure(claim, v);
}

/** The sourced value as a reader would say it, for messages. */
export function sourcedValueText(f: IndexedFact): string {
  const v = f.fact.value;
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
      return `${v.amount}${['th', 'st', 'nd', 'rd'][v.amount % 10 > 3 || [11, 12, 13].includes(v.amount % 100) ? 0 : v.amount % 10]} ${v.noun}`;
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(d: { year: number; month?: number; day?: number; season?: string }): string {
  if (d.season) return `${d.season} ${d.year}`;
  if (!d.month) return String(d.year);
  return d.day ? `${d.day} ${MONTHS[d.month - 1]} ${d.year}` : `${MONTHS[d.month - 1]} ${d.year}`;
}

function withScale(amount: number): string {
  for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (Math.abs(amount) >= scale) return `${Math.round((amount / scale) * 1000) / 1000} ${word}`;
  }
  return amount.toLocaleString('en-US');
}
