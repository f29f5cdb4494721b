import type { Claim } from '../claims/claim';
import type { IndexedFact } from '../factbase/factIndex';
import { renderDate } from '../render/dates';
import { renderFigure, renderUnit } from '../render/figures';
import { boundScale, comparableValue, unitSlip } from './compareFigures';
import { factDate } from './compareDates';
import { asWritten, dateComparison, figureComparison } from './comparisons';
import { keySlip } from './keySlip';
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
  if (unitSlip(claim, f.fact) && (f.fact.value.type === 'quantity' || f.fact.value.type === 'duration')) return renderUnit(claim, f.fact.value.unit);
  const v = comparableValue(claim, f.fact);
  if (v === undefined) return undefined;
  const k = boundScale(claim, v);
  const converted = f.fact.value.type === 'quantity' && f.fact.value.unit !== claim.unit;
  // "7 cubic miles" for 2.9 km³ moved the point of the 0.7 the writer converted to.
  const written = asWritten(claim, f, v);
  if (converted && keySlip(claim.value, written)) return renderFigure(claim, written, false);
  return renderFigure(claim, k === undefined ? v : claim.value * k, converted);
}
