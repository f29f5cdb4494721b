import { significantDigits } from '../claims/precision';
import type { DateClaim, FigureClaim } from '../claims/claim';
import type { FactIndex, IndexedFact } from '../factbase/factIndex';
import { dateAgrees, dateCompatible, dateGap, datePlausiblyWrong, factDate, statesParts, yearDigitSlip } from './compareDates';
import { clockGap, comparableValue, convertedAgrees, factBound, figureAgrees, figureGap, figurePlausiblyWrong, powerOfTen, thousandsApart, unitSlip } from './compareFigures';
import type { Comparison } from './decide';
import { keySlip } from './keySlip';
import { stem } from '../text/stem';
import { stems } from '../text/tokens';

export function dateComparison(claim: DateClaim): Comparison {
  return {
    compatible: (f) => dateCompatible(claim, f.fact),
    agrees: (f) => dateAgrees(claim, f.fact),
    plausiblyWrong: (f) => datePlausiblyWrong(claim, f.fact),
    sameValue: (a, b) => JSON.stringify(factDate(a.fact)) === JSON.stringify(factDate(b.fact)),
    gap: (f) => dateGap(claim, f.fact),
    asPrecise: (f) => {
      const d = factDate(f.fact)?.from;
      return !!d && statesParts(claim.date, d);
    },
    slip: (f) => dateGap(claim, f.fact) <= (claim.date.day !== undefined ? 45 : claim.date.month !== undefined ? 100 : 800) || yearDigitSlip(claim, f.fact),
    scaleSlip: () => false,
  };
}

/**
 * Measures whose digits a writer types, so that a zero typed too many or too few
 * ("about 2,000 people injured" for 200) keeps the very digits at another scale. A
 * number word ("one aboard each") is no keystroke away from 10.
 */
const SCALED_MEASURES = new Set(['count', 'quantity', 'money']);

/** How near a figure whose keys slipped counts, beside ones a little off: as near as a slip of scale. */
const KEY_SLIP_GAP = 0.01;

export function figureComparison(claim: FigureClaim, tolerance: number): Comparison {
  const value = (f: IndexedFact) => comparableValue(claim, f.fact);
  const gap = (f: IndexedFact) => (claim.measure === 'time' ? clockGap(claim.value, value(f) ?? NaN) : figureGap(claim.value, value(f) ?? NaN));
  // "Magnitude 1.5" is 5.1 with its keys swapped, nearer than the 4.2 of another quake.
  // A source's bound converted is judged by its side ("faster than 2,500 km/h" rounds more than 1,600 mph down), not by the digits of the conversion.
  const keysSlipped = (f: IndexedFact) => claim.measure !== 'time' && claim.measure !== 'count' && !convertedBound(claim, f) && keySlip(claim.value, asWritten(claim, f, value(f) ?? NaN));
  return {
    compatible: (f) => value(f) !== undefined && sameComplement(claim, f) && sameSpan(claim, f) && sameMeasured(claim, f),
    agrees: (f) => figureAgrees(claim, value(f) ?? NaN, tolerance, factBound(f.fact)) || convertedAgrees(claim, f.fact),
    plausiblyWrong: (f) => figurePlausiblyWrong(claim, value(f) ?? NaN, factBound(f.fact)) || keysSlipped(f),
    sameValue: (a, b) => value(a) === value(b) && factBound(a.fact) === factBound(b.fact),
    gap: (f) => (unitSlip(claim, f.fact) ? 0 : keysSlipped(f) ? Math.min(gap(f), KEY_SLIP_GAP) : gap(f)),
    asPrecise: () => true,
    slip: (f) => unitSlip(claim, f.fact) || keysSlipped(f) || gap(f) <= 0.2,
    scaleSlip: (f) => (claim.measure === 'money' && thousandsApart(claim.value, value(f) ?? NaN)) || (SCALED_MEASURES.has(claim.measure) && claim.numberStyle === 'digits' && powerOfTen(claim.value / (value(f) ?? NaN))),
  };
}

function convertedBound(claim: FigureClaim, f: IndexedFact): boolean {
  const bound = factBound(f.fact);
  return (bound === 'at-least' || bound === 'at-most') && 'unit' in f.fact.value && f.fact.value.unit !== claim.unit;
}

/**
 * A converted figure as the writer would have typed it, to the digits the claim gives:
 * 2.9 km³ is "0.7 cubic miles", so "7 cubic miles" moved its point.
 */
export function asWritten(claim: FigureClaim, f: IndexedFact, value: number): number {
  const v = f.fact.value;
  if (v.type !== 'quantity' || v.unit === claim.unit || !Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(Math.max(1, Math.min(21, significantDigits(claim.value)))));
}

/**
 * An entity in a slot: the place of a meeting, the next chair of an organization.
 * Places have no near or far values; among meetings the sentence could mean, the one
 * whose own people and bodies stand near the claim is the nearest ("a CSTO summit in
 * Minsk": the CSTO session). `named` counts them. A name the base does not know is
 * plausibly a wrong one only where the sources name a point (a city, a crater): a
 * place in an area may well lie inside it.
 */
export function slotComparison(
  entityId: string | undefined,
  kinds: Pick<FactIndex, 'kindOf' | 'kindRoleOf'>,
  slots: ReadonlySet<string>,
  named: (f: IndexedFact) => number,
): Comparison {
  const slotEntity = (f: IndexedFact) => (f.fact.value.type === 'entity' && slots.has(f.fact.value.slot) ? f.fact.value.entity : undefined);
  return {
    compatible: (f) => slotEntity(f) !== undefined,
    agrees: (f) => slotEntity(f) === entityId,
    plausiblyWrong: (f) => {
      const sourced = slotEntity(f) ?? '';
      return entityId === undefined ? kinds.kindRoleOf(sourced) === 'place' : kinds.kindOf(sourced) === kinds.kindOf(entityId);
    },
    sameValue: (a, b) => slotEntity(a) === slotEntity(b),
    gap: (f) => 1 / (1 + named(f)),
    asPrecise: () => true,
    slip: (f) => named(f) > 0,
    scaleSlip: () => false,
  };
}

/**
 * An ordinal is of something: "the 20th anniversary of the border treaty" is no
 * anniversary of relations. When the draft says what it is of, one of those words must
 * be among the fact's event words (its keywords, or its quote's).
 */
function sameComplement(claim: FigureClaim, f: IndexedFact): boolean {
  if (claim.measure !== 'ordinal' || claim.complement.length === 0) return true;
  return f.keywords.some((k) => claim.complement.includes(k[0]));
}

/**
 * "Our total national income of $1.5 trillion" measures income, whatever trade figure
 * the sentence also points at: a figure that names what it measures before it ("a
 * budget of", "a margin of") is a fact's only when the fact's own words name it too.
 * Counts match their nouns elsewhere; ordinals and ages name no measure this way.
 */
function sameMeasured(claim: FigureClaim, f: IndexedFact): boolean {
  if (!MEASURED_BY_NAME.has(claim.measure)) return true;
  const named = claim.ofNouns.filter((w) => !PLAIN_QUALIFIERS.has(w));
  if (named.length === 0) return true;
  const words = wordsOf(f);
  return named.some((w) => words.has(w));
}

const MEASURED_BY_NAME = new Set(['money', 'quantity', 'percent', 'duration', 'number']);

/** Words before "of" that qualify any measure and name none. */
const PLAIN_QUALIFIERS = new Set(['total', 'overall', 'combined', 'annual', 'estimated', 'average', 'sum', 'amount', 'figure', 'value', 'record', 'new', 'final', 'initial', 'net', 'gross', 'grand'].map(stem));

const factWords = new WeakMap<IndexedFact, ReadonlySet<string>>();

/** A fact's words as stems: its keywords, its event and its quote. */
function wordsOf(f: IndexedFact): ReadonlySet<string> {
  let words = factWords.get(f);
  if (!words) {
    words = new Set([...f.keywords.flat(), ...stems(f.fact.event), ...stems(f.fact.quote)]);
    factWords.set(f, words);
  }
  return words;
}

/**
 * "Thirty years of relations" speaks of the 30th anniversary of relations, but "a
 * seven-year term" or "19 years of demarcation" of nothing that anniversary counts: a
 * duration is a sourced span's only when the words right after it, or the noun it is
 * "of" ("a quiet period of 123 years"), name what lasted.
 */
/** Years and decades are what terms, eras and anniversaries are counted in; minutes and days measure one thing. */
const LONG_SPANS = new Set(['year', 'decade']);

function sameSpan(claim: FigureClaim, f: IndexedFact): boolean {
  const v = f.fact.value;
  if (claim.measure !== 'duration' || (v.type !== 'ordinal' && v.type !== 'duration') || !LONG_SPANS.has(claim.unit ?? '')) return true;
  if (claim.nouns[0] === AGO) return AGO_IN.test(f.fact.quote);
  if (claim.clauseSpan) return true;
  const said = new Set([...claim.nouns.slice(0, 2), ...claim.complement, ...claim.ofNouns]);
  return f.keywords.some((k, i) => !f.countedNoun[i] && said.has(k[0]));
}

/**
 * "Began about 4,000 years ago" dates what began by counting back: it is the span of a
 * source that counts back the same way ("about 40,000 years ago"), whatever began.
 */
const AGO = 'ago';
const AGO_IN = /\b(?:years?|decades?|centuries)\s+ago\b/i;
