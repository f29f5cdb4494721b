import type { FigureClaim } from '../claims/claim';
import { precisionStep } from '../claims/precision';
import { keySlip } from './keySlip';
import { NUMBER_TOKEN, OF_THE, cardinalValue } from '../claims/numberWords';
import { stem } from '../text/stem';
import { wordFamily } from '../text/wordFamily';
import type { Bound, Fact, FactValue } from '../factbase/schema';
import { inZone } from '../units/timeZones';
import { convert, convertible, unitById, unitOfToken } from '../units/units';

/** Amounts are rounded by writers; counts, ordinals, ages and durations are not. */
const ROUNDABLE = new Set(['quantity', 'money', 'percent', 'scale', 'number']);

/** The sourced value in the claim's unit, or undefined when the two measure different things. */
export function comparableValue(claim: FigureClaim, fact: Fact): number | undefined {
  const v = fact.value;
  switch (claim.measure) {
    case 'quantity':
      return v.type === 'quantity' ? quantityValue(claim, v.amount, v.unit) : v.type === 'count' ? countedInUnits(claim, v.amount, v.noun) : undefined;
    case 'money':
      return v.type === 'money' && v.currency === claim.unit ? v.amount : undefined;
    case 'percent':
      return v.type === 'percent' ? v.amount : undefined;
    case 'scale':
      return v.type === 'scale' && v.name.toLowerCase() === claim.unit?.toLowerCase() ? v.amount : undefined;
    case 'time':
      return v.type === 'time' ? clockValue(claim, v.hour * 60 + v.minute, v.zone) : undefined;
    case 'age':
      return v.type === 'age' ? v.years : undefined;
    case 'duration':
      return durationValue(claim, v);
    case 'ordinal':
      return v.type === 'ordinal' && nounMatches(claim, v.noun) ? v.amount : undefined;
    case 'count':
    case 'number':
      // "8.5 million customers" counts customers as "8,500,000 customers" does; its scale is only how it is written.
      return countValue(claim, v, fact);
    default:
      return undefined;
  }
}

/** The bound the source puts on the fact's figure, if any. */
export function factBound(fact: Fact): Bound | undefined {
  return 'bound' in fact.value ? fact.value.bound : undefined;
}

function quantityValue(claim: FigureClaim, amount: number, unitId: string): number | undefined {
  const [from, to] = [unitById(unitId), unitById(claim.unit ?? unitId)];
  return from && to && convertible(from, to) ? convert(amount, from, to) : undefined;
}

/** A base that counts "119 AU" or "4.9 million barrels" as a count of a unit's word means a quantity in that unit. */
function countedInUnits(claim: FigureClaim, amount: number, noun: string): number | undefined {
  const unit = unitOfToken(noun)?.unit;
  return unit ? quantityValue(claim, amount, unit.id) : undefined;
}

/** A time of day in the claim's zone when both name one; else as the two are written. */
function clockValue(claim: FigureClaim, minutes: number, zone: string | undefined): number {
  return zone && claim.unit ? inZone(minutes, zone, claim.unit) : minutes;
}

/** A count's noun may be the source's or one the base lists for it among the event's words ("countries" for "states"). */
function countValue(claim: FigureClaim, v: FactValue, fact: Fact): number | undefined {
  if (claim.whole && PARTITIVE.test(fact.quote)) return undefined;
  if (v.type !== 'count') return undefined;
  // "Astronauts visited it five times": how often, not how many astronauts, whatever the base lists.
  if (claim.nouns[0] === TIMES) return wordFamily(stem(v.noun)) === wordFamily(TIMES) ? v.amount : undefined;
  if (nounMatches(claim, v.noun)) return v.amount;
  const othersCounted = countedApart(fact, v.amount);
  return fact.keywords.some((k) => !k.includes(' ') && !othersCounted.has(wordFamily(k)) && (VERB_FORM.test(k) ? claim.nouns[0] !== undefined && wordFamily(claim.nouns[0]) === wordFamily(k) : nounMatches(claim, k))) ? v.amount : undefined;
}

/**
 * An event word in a verb's form counts people only right after the number ("about 200
 * injured"); further on it is what the counted ones did: "four presidents carved into
 * the mountain" counts presidents, not carvers.
 */
const VERB_FORM = /\p{L}{3,}ed$/u;

/** A fact's quote is read for its other counts once, not again for every claim compared with it. */
const COUNTED_APART = new WeakMap<Fact, Set<string>>();

function countedApart(fact: Fact, own: number): Set<string> {
  let set = COUNTED_APART.get(fact);
  if (!set) COUNTED_APART.set(fact, (set = countedNouns(fact.quote, own)));
  return set;
}

/**
 * What the quote's own numbers count: in "Four astronauts trained for five scheduled
 * spacewalks", astronauts are another count's, never a synonym of the spacewalks.
 */
function countedNouns(quote: string, own: number): Set<string> {
  const others = [...quote.matchAll(COUNTED_IN_QUOTE)].filter((m) => (/\d/.test(m[1]) ? Number(m[1].replace(/,/g, '')) : cardinalValue(m[1])) !== own);
  return new Set(others.flatMap((m) => [m[2], m[3]].filter((w) => w !== undefined).map((w) => wordFamily(stem(w)))));
}

const COUNTED_IN_QUOTE = new RegExp(`(${NUMBER_TOKEN})\\s+([a-z]{3,})(?:\\s+([a-z]{3,}))?`, 'gi');

const TIMES = stem('times');

/** A source that counts a part of a whole ("Six of eight cells") gives the part's figure. */
const PARTITIVE = new RegExp(`${NUMBER_TOKEN}${OF_THE}${NUMBER_TOKEN}\\s`, 'i');

/** The counted noun, by its word family: "grade" counts "graders", "person" counts "people". */
function nounMatches(claim: FigureClaim, noun: string): boolean {
  const n = wordFamily(noun.split(/\s+/).pop() ?? '');
  return claim.nouns.slice(0, 3).some((w) => wordFamily(w) === n) || claim.labelNouns.some((w) => wordFamily(w) === n);
}

/**
 * Durations convert within their kind (seconds to weeks, months to decades) when the
 * result is as whole as the claim: "48 hours" is two days, "two decades" is not 25 years.
 * And "thirty years of relations" or "three decades since relations began" speak of
 * what the sources call the 30th anniversary of relations.
 */
function durationValue(claim: FigureClaim, v: FactValue): number | undefined {
  // "Built the engine in six months" for six weeks: the number right, the unit slipped, whole or not.
  if (v.type === 'duration') return v.unit === claim.unit ? v.amount : wholeConversion(claim, v.amount, v.unit) ?? (v.amount === claim.value ? inSlippedUnit(claim, v.amount, v.unit) : undefined);
  return v.type === 'ordinal' && stem(v.noun) === 'anniversary' ? wholeConversion(claim, v.amount, 'year') : undefined;
}

/** A span in the unit the claim slipped to, a calendar one or not: six weeks are 1.4 of the "six months" a draft says. */
function inSlippedUnit(claim: FigureClaim, amount: number, unitId: string): number | undefined {
  const [from, to] = [unitById(unitId), unitById(claim.unit ?? unitId)];
  return from && to && from.dimension === to.dimension ? convert(amount, from, to) : undefined;
}

function wholeConversion(claim: FigureClaim, amount: number, unitId: string): number | undefined {
  const converted = quantityValue(claim, amount, unitId);
  if (converted === undefined) return undefined;
  const whole = Math.abs(converted - Math.round(converted)) < 1e-6;
  return whole ? Math.round(converted) : Number.isInteger(claim.value) ? undefined : converted;
}

/**
 * Agreement allows for the writer's rounding: "7,600 km" and "about 4,750 miles"
 * agree with 7,644 km. A bound is what a writer says of a value rounded to the bound's
 * own precision: "more than $40 billion" for $42.3 billion, "more than 7,000" for
 * 7,644, but "more than 764" says nothing of 1,765 and "more than 77,000" slips a digit
 * of 770,000.
 */
export function figureAgrees(claim: FigureClaim, sourced: number, tolerance: number, bound?: Bound): boolean {
  if (bound === 'about' && claim.hedge === 'exact') return figureAgrees({ ...claim, hedge: 'about' }, sourced, tolerance);
  if (bound === 'at-least' || bound === 'at-most') return boundAgrees(claim, sourced, bound);
  const stated = claim.value;
  if (claim.hedge === 'more') return sourced >= stated && (sourced < stated + precisionStep(stated) || near(sourced, stated, tolerance));
  if (claim.hedge === 'less') return sourced <= stated && (sourced > stated - precisionStep(stated) || near(sourced, stated, tolerance));
  const step = statedStep(claim);
  if (ROUNDABLE.has(claim.measure) ? roundsTo(sourced, stated, step) && boldlyRounded(claim, sourced, stated, step, tolerance) : sourced === stated) return true;
  return claim.hedge === 'about' && near(sourced, stated, tolerance) && roughly(sourced, stated, step);
}

/**
 * A bare figure of one significant digit rounds only what lies near it: "It covers
 * 100,000 acres" is no rounding of 110,000 (a writer who rounds so far says "some" or
 * "more than"), while "100,000 acres" for 102,000 and "7,600 km" for 7,644 are.
 */
function boldlyRounded(claim: FigureClaim, sourced: number, stated: number, step: number, tolerance: number): boolean {
  return claim.hedge !== 'exact' || Math.abs(stated / step) >= 10 || near(sourced, stated, tolerance);
}

/**
 * "About" covers a writer's rounding, not a slip: "about 4,750 miles" is 4,749.7 rounded,
 * but "about 4,705 miles" is no rounding of it, nor "about 576,000 hours" of about 567,000,
 * both transpositions. "About" allows a step and a half of the coarser precision of the
 * two ("about 4,650" is within "nearly 4,700", "about 7,500 km" a loose 7,644).
 */
function roughly(sourced: number, stated: number, mine: number): boolean {
  return Math.abs(sourced - stated) <= Math.max(mine, precisionStep(sourced)) * ROUGH_STEPS;
}

const ROUGH_STEPS = 1.5;

function near(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * The step the writer's digits show: "magnitude 7.0" is to a tenth, though it equals 7,
 * so it does not round 6.9; "$4.2bn" is to a tenth of a billion.
 */
function statedStep(claim: FigureClaim): number {
  const written = claim.text.slice(claim.numberStart - claim.start, claim.numberEnd - claim.start).replace(/,/g, '');
  const dot = written.indexOf('.');
  const mantissa = Number(written);
  if (dot < 0 || !Number.isFinite(mantissa) || mantissa === 0) return precisionStep(claim.value);
  return 10 ** -(written.length - dot - 1) * (claim.value / mantissa);
}

/** Whether the sourced value, rounded to the precision the writer used, is the writer's value. */
function roundsTo(sourced: number, stated: number, step: number): boolean {
  if (Math.abs(sourced - stated) < 1e-9 * Math.max(1, Math.abs(sourced))) return true;
  if (step <= 1 && Number.isInteger(stated) && Number.isInteger(sourced)) return false;
  return Math.abs(Math.round(sourced / step) * step - stated) < step * 1e-6;
}

/**
 * Against a source's bound, a draft agrees when it states the bound's own figure, bare
 * or with a hedge on the same side: "as high as $400 million" supports "$400 million"
 * and "up to $400 million". "$300 million" is consistent with it but not stated.
 */
function boundAgrees(claim: FigureClaim, sourced: number, bound: 'at-least' | 'at-most'): boolean {
  const sameSide = claim.hedge === (bound === 'at-least' ? 'more' : 'less');
  return (sameSide || claim.hedge === 'exact' || claim.hedge === 'about') && Math.abs(claim.value - sourced) < 1e-9 * Math.max(1, Math.abs(sourced));
}

/** A slip rather than a different figure: within a factor of five, or the same digits at another scale. */
const AGE_SLIP = 3;

export function figurePlausiblyWrong(claim: FigureClaim, sourced: number, bound?: Bound): boolean {
  if (bound === 'at-least' || bound === 'at-most') return beyondBound(claim, sourced, bound);
  if (claim.measure === 'time') return clockGap(claim.value, sourced) <= CLOCK_SLIP;
  // An age is slipped by a key or by a birthday or two, never by decades: "Haise, 91," is his age now, not a slip of 36.
  if (claim.measure === 'age') return keySlip(claim.value, sourced) || Math.abs(claim.value - sourced) <= AGE_SLIP;
  // Shares of one whole all sit within a factor of five of each other: a vote share of 37.0% is no slip of a turnout of 67.3%.
  if (claim.measure === 'percent' && claim.hedge !== 'more' && claim.hedge !== 'less') return keySlip(claim.value, sourced);
  const ratio = claim.value / sourced;
  if (claim.hedge !== 'more' && claim.hedge !== 'less' && keySlip(claim.value, sourced)) return true;
  if (claim.hedge === 'more' || claim.hedge === 'less') {
    const beyond = claim.hedge === 'more' ? sourced > claim.value : sourced < claim.value;
    return powerOfTen(ratio) || (!beyond && ratio > 0.2 && ratio < 5) || boundScale(claim, sourced) !== undefined;
  }
  return (ratio > 0.2 && ratio < 5) || thousandsApart(claim.value, sourced);
}

/**
 * "More than $40 million" for $42.3 billion: the bound a writer rounds the sourced
 * figure down to ("more than $40 billion"), written at another scale. The factor that
 * puts it at the sourced scale, if any.
 */
export function boundScale(claim: FigureClaim, sourced: number): number | undefined {
  if (claim.hedge !== 'more' && claim.hedge !== 'less') return undefined;
  return [1e-6, 1e-3, 1e3, 1e6].find((k) => {
    const v = claim.value * k;
    return claim.hedge === 'more' ? sourced >= v && sourced < v * ROUNDED_DOWN : sourced <= v && sourced > v / ROUNDED_DOWN;
  });
}

/** How far below a sourced figure a writer's round "more than" bound may lie: "more than 40" for 42.3, not for 90. */
const ROUNDED_DOWN = 1.5;

/** The same digits a thousand or a million times over: "m" for "bn". */
export function thousandsApart(a: number, b: number): boolean {
  const log = Math.log10(a / b);
  return Number.isFinite(log) && Math.round(log) !== 0 && Math.round(log) % 3 === 0 && Math.abs(log - Math.round(log)) < 1e-9;
}

/**
 * What a draft says lies outside the source's bound: "$500 million" or "more than
 * $400 million" where the source says "as high as $400 million", "nearly 700" where it
 * says "over 700". Beyond the bound's side, only the same digits ten or a thousand
 * times over are a slip: "900 structures" may be what "over 700" means.
 */
function beyondBound(claim: FigureClaim, sourced: number, bound: 'at-least' | 'at-most'): boolean {
  const ratio = claim.value / sourced;
  const atLeast = bound === 'at-least';
  const sameSide = claim.hedge === (atLeast ? 'more' : 'less');
  const opposite = claim.hedge === (atLeast ? 'less' : 'more');
  const slack = roundingReach(claim);
  const across = atLeast ? claim.value + slack < sourced : claim.value - slack > sourced;
  const outside = !sameSide && (across || (opposite && claim.value === sourced));
  if (outside) return (ratio > 0.2 && ratio < 5) || powerOfTen(ratio);
  // "More than 20,200 square miles" for "more than 22,000": the bound copied, its keys slipped, no rounder than the source's.
  const copied = sameSide && keySlip(claim.value, sourced) && precisionStep(claim.value) <= precisionStep(sourced);
  return copied || powerOfTen(ratio);
}

/**
 * How far a writer's figure may lie from what it rounds: "about 15 miles" reaches the
 * 15.2 miles of "more than 80,000 feet", though "79,000 feet" does not reach 80,000.
 */
function roundingReach(claim: FigureClaim): number {
  if (!ROUNDABLE.has(claim.measure)) return 0;
  return (claim.hedge === 'about' ? ROUGH_STEPS : 0.5) * statedStep(claim);
}

/** Another bound than the writer's, but the same digits ten or a thousand times over: a slip. */
export function powerOfTen(ratio: number): boolean {
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
  if (claim.measure !== 'quantity' || v.type !== 'quantity' || !claim.unit || v.unit === claim.unit || (v.bound && v.bound !== 'about')) return false;
  const factStep = precisionStep(v.amount) / 2;
  const [lo, hi] = [quantityValue(claim, v.amount - factStep, v.unit), quantityValue(claim, v.amount + factStep, v.unit)];
  if (lo === undefined || hi === undefined) return false;
  const claimStep = precisionStep(claim.value) / 2;
  return claim.value + claimStep >= lo && claim.value - claimStep <= hi;
}

/** "7,644 miles" where the source says 7,644 km, "six months" for six weeks: the number right, the unit wrong (of the same dimension). */
export function unitSlip(claim: FigureClaim, fact: Fact): boolean {
  const v = fact.value;
  const sameNumber = (v.type === 'quantity' || v.type === 'duration') && v.unit !== claim.unit && Math.abs(v.amount - claim.value) < 1e-9;
  return sameNumber && claim.measure === v.type && comparableValue(claim, fact) !== undefined;
}

/** How far apart two figures are, on a log scale; a slip of scale (million for billion) counts as near. */
export function figureGap(stated: number, sourced: number): number {
  const log = Math.abs(Math.log10(stated / sourced));
  const scaleSlip = log > 0.5 && Math.abs(log - Math.round(log)) < 1e-9 && Math.round(log) % 3 === 0;
  return scaleSlip ? 0.01 : log;
}

/**
 * How far apart two times of day are, in half-days: an hour off is a slip, and so is
 * "8:32 p.m." for "8:32 a.m.", the same clock face twelve hours over.
 */
/** A time of day this far from the source's (in half-days: an hour) is a slip; further, it may be another moment of the event. */
export const CLOCK_SLIP = 0.2;

export function clockGap(stated: number, sourced: number): number {
  const minutes = Math.abs(stated - sourced) % 1440;
  const apart = Math.min(minutes, 1440 - minutes);
  return apart === 720 ? 0.01 : apart / 300;
}
