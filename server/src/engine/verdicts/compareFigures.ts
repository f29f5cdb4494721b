import type { FigureClaim } from '../claims/claim';
import { stem } from '../text/stem';
import type { Fact, FactValue } from '../factbase/schema';

const MILES_PER_KM = 0.621371;
/** Amounts are rounded by writers; counts, ordinals, ages and durations are not. */
const ROUNDABLE = new Set(['quantity', 'money', 'percent', 'number']);

/** The sourced value in the claim's unit, or undefined when the two measure different things. */
export function comparableValue(claim: FigureClaim, fact: Fact): number | undefined {
  const v = fact.value;
  switch (claim.measure) {
    case 'quantity':
      return v.type === 'quantity' ? convertLength(v.amount, v.unit, claim.unit ?? v.unit) : undefined;
    case 'money':
      return v.type === 'money' && v.currency === claim.unit ? v.amount : undefined;
    case 'age':
      return v.type === 'age' ? v.years : undefined;
    case 'duration':
      return durationValue(claim, v);
    case 'ordinal':
      return v.type === 'ordinal' && nounMatches(claim, v.noun) ? v.amount : undefined;
    case 'count':
      return countValue(claim, v);
    default:
      return undefined;
  }
}

function countValue(claim: FigureClaim, v: FactValue): number | undefined {
  return v.type === 'count' && nounMatches(claim, v.noun) ? v.amount : undefined;
}

function nounMatches(claim: FigureClaim, noun: string): boolean {
  const n = stem(noun.split(/\s+/).pop() ?? '');
  return claim.nouns.slice(0, 3).includes(n) || claim.labelNouns.includes(n);
}

/**
 * Years and decades convert; and "thirty years of relations" or "three decades since
 * relations began" speak of what the sources call the 30th anniversary of relations.
 */
function durationValue(claim: FigureClaim, v: FactValue): number | undefined {
  const years = v.type === 'duration' ? (v.unit === 'decade' ? v.amount * 10 : v.unit === 'year' ? v.amount : undefined) : v.type === 'ordinal' && stem(v.noun) === 'anniversary' ? v.amount : undefined;
  if (v.type === 'duration' && v.unit === claim.unit) return v.amount;
  if (years === undefined) return undefined;
  if (claim.unit === 'year') return years;
  return claim.unit === 'decade' && years % 10 === 0 ? years / 10 : undefined;
}

function convertLength(amount: number, from: string, to: string): number {
  if (from === to) return amount;
  return from === 'km' ? amount * MILES_PER_KM : amount / MILES_PER_KM;
}

/**
 * Agreement allows for the writer's rounding: "7,600 km" and "about 4,750 miles"
 * agree with 7,644 km. A bound is what a writer says of a value rounded to the bound's
 * own precision: "more than $40 billion" for $42.3 billion, "more than 7,000" for
 * 7,644, but "more than 764" says nothing of 1,765 and "more than 77,000" slips a digit
 * of 770,000.
 */
export function figureAgrees(claim: FigureClaim, sourced: number, tolerance: number): boolean {
  const stated = claim.value;
  if (claim.hedge === 'more') return (sourced > stated && sourced < stated + precisionStep(stated)) || near(sourced, stated, tolerance);
  if (claim.hedge === 'less') return (sourced < stated && sourced > stated - precisionStep(stated)) || near(sourced, stated, tolerance);
  if (ROUNDABLE.has(claim.measure) ? roundsTo(sourced, stated) : sourced === stated) return true;
  return claim.hedge === 'about' && near(sourced, stated, tolerance);
}

function near(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/** Whether the sourced value, rounded to the precision the writer used, is the writer's value. */
function roundsTo(sourced: number, stated: number): boolean {
  if (Math.abs(sourced - stated) < 1e-9 * Math.max(1, Math.abs(sourced))) return true;
  const step = precisionStep(stated);
  if (step <= 1 && Number.isInteger(stated) && Number.isInteger(sourced)) return false;
  return Math.abs(Math.round(sourced / step) * step - stated) < step * 1e-6;
}

function precisionStep(n: number): number {
  if (n === 0) return 1;
  const s = String(n);
  if (s.includes('.')) return 10 ** -(s.length - s.indexOf('.') - 1);
  let step = 1;
  let m = Math.abs(n);
  while (m % 10 === 0 && m >= 10) {
    m /= 10;
    step *= 10;
  }
  return step;
}

/** A slip rather than a different figure: within a factor of five, or the same digits at another scale. */
export function figurePlausiblyWrong(claim: FigureClaim, sourced: number): boolean {
  const ratio = claim.value / sourced;
  if (claim.hedge === 'more' || claim.hedge === 'less') {
    const beyond = claim.hedge === 'more' ? sourced > claim.value : sourced < claim.value;
    return powerOfTen(ratio) || (!beyond && ratio > 0.2 && ratio < 5);
  }
  if (ratio > 0.2 && ratio < 5) return true;
  const log = Math.log10(ratio);
  return Math.abs(log - Math.round(log)) < 1e-9 && Math.round(log) % 3 === 0;
}

/** Another bound than the writer's, but the same digits ten or a thousand times over: a slip. */
function powerOfTen(ratio: number): boolean {
  const log = Math.log10(ratio);
  return Math.round(log) !== 0 && Math.abs(log - Math.round(log)) < 1e-9;
}

/**
 * A figure converted from another unit keeps the source's precision: "7 miles" may be
 * anything from 6.5 to 7.5 miles, so "12 kilometers" agrees with it though 7 miles is
 * 11.3 km. The claim agrees when the two ranges of rounding overlap.
 */
export function convertedAgrees(claim: FigureClaim, fact: Fact): boolean {
  const v = fact.value;
  if (claim.measure !== 'quantity' || v.type !== 'quantity' || !claim.unit || v.unit === claim.unit) return false;
  const factStep = precisionStep(v.amount) / 2;
  const [lo, hi] = [convertLength(v.amount - factStep, v.unit, claim.unit), convertLength(v.amount + factStep, v.unit, claim.unit)];
  const claimStep = precisionStep(claim.value) / 2;
  return claim.value + claimStep >= lo && claim.value - claimStep <= hi;
}

/** "7,644 miles" where the source says 7,644 km: the number right, the unit wrong. */
export function unitSlip(claim: FigureClaim, fact: Fact): boolean {
  const v = fact.value;
  return claim.measure === 'quantity' && v.type === 'quantity' && v.unit !== claim.unit && Math.abs(v.amount - claim.value) < 1e-9;
}

/** How far apart two figures are, on a log scale; a slip of scale (million for billion) counts as near. */
export function figureGap(stated: number, sourced: number): number {
  const log = Math.abs(Math.log10(stated / sourced));
  const scaleSlip = log > 0.5 && Math.abs(log - Math.round(log)) < 1e-9 && Math.round(log) % 3 === 0;
  return scaleSlip ? 0.01 : log;
}
