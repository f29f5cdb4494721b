import type { FigureClaim } from '../claims/claim';
import { cardinalWord, ordinalSuffix, ordinalWord, spelledWord } from '../claims/numberWords';
import { precisionStep } from '../claims/precision';
import { unitById, unitTokens, writeUnit, type UnitForm } from '../units/units';
import { renderClock } from './clock';
import { keepCase } from './keepCase';

const SCALE_WORDS: Array<[number, string, string]> = [
  [1e12, 'trillion', 'tn'],
  [1e9, 'billion', 'bn'],
  [1e6, 'million', 'm'],
  [1e3, 'thousand', 'k'],
];

/** A scale word or letter right after the number: "m" of "$4.2m", not of "83,000 m²" or "9 m/s". */
const SCALE_AFTER = /^(\s?)(thousand|million|billion|trillion|bn|mn|tn|m|k)(?![\p{L}\p{N}²³/])/iu;

/**
 * The sourced figure in the writer's own format: a number word stays a word,
 * "$10bn" stays abbreviated, "7,464 kilometers" keeps its unit and separators.
 * `value` is already in the claim's unit.
 */
export function renderFigure(claim: FigureClaim, value: number, converted: boolean): string {
  if (claim.numberStyle === 'clock') return renderClock(claim, value);
  if (claim.sign !== undefined || value < 0) return signed(claim, value, converted);
  const text = claim.text;
  const numStart = claim.numberStart - claim.start;
  const scaled = rescale(claim, converted ? roundedLikeWriter(claim, value) : value);
  const number = renderNumber(claim, scaled.mantissa, text.slice(numStart, claim.numberEnd - claim.start), !converted);
  let rest = text.slice(claim.numberEnd - claim.start);
  if (scaled.word !== undefined) rest = rest.replace(SCALE_AFTER, (_, sp: string, old: string) => sp + scaleLike(old, scaled.word ?? old));
  const one = scaled.mantissa === 1 && scaled.word === undefined && claim.unitForm === 'plural';
  return text.slice(0, numStart) + number + (one && claim.unit ? withUnit(rest, claim.unit, 'singular') : rest);
}

/** A temperature below zero keeps the writer's minus sign ("-21 °C" to "-12 °C"); one above it loses the sign. */
function signed(claim: FigureClaim, value: number, converted: boolean): string {
  const sign = claim.sign ?? '';
  const unsigned = { ...claim, sign: undefined, start: claim.start + sign.length, text: claim.text.slice(sign.length), value: Math.abs(claim.value) };
  return (value < 0 ? sign || '-' : '') + renderFigure(unsigned, Math.abs(value), converted);
}

/**
 * A length or a mass converted into the writer's unit, rounded as the writer rounded:
 * "about 4,750 miles" for 7,644 km, "12 kilometers" for 7 miles. Bounds keep the
 * sourced figure, which is what they must hold. A figure in the source's own unit is
 * put back as the source gives it: "85 mi" for 8.5 mi lost its point, and "9 mi" would
 * be a new error.
 */
function roundedLikeWriter(claim: FigureClaim, value: number): number {
  if (claim.measure !== 'quantity' || claim.hedge === 'more' || claim.hedge === 'less') return value;
  const step = precisionStep(claim.value);
  const rounded = Math.round(Math.round(value / step) * step * 1e6) / 1e6;
  return Math.abs(rounded - value) > value * WRITER_ROUNDING ? value : rounded;
}

/**
 * Rounding to the writer's step may not move the figure by more than this share: "about
 * 5 miles" for half a mile is fixed to "about 0.5 miles", not "about 1 mile".
 */
const WRITER_ROUNDING = 0.1;

function rescale(claim: FigureClaim, value: number): { mantissa: number; word?: string } {
  const written = SCALE_AFTER.exec(claim.text.slice(claim.numberEnd - claim.start))?.[2];
  if (!written || (claim.unit === 'm' && written === 'm')) return { mantissa: value };
  const [scale, word] = SCALE_WORDS.find(([s]) => Math.abs(value) >= s) ?? [1, ''];
  return { mantissa: round(value / scale), word };
}

function scaleLike(old: string, word: string): string {
  const abbreviated = old.length <= 2;
  const entry = SCALE_WORDS.find(([, w]) => w === word);
  return abbreviated ? entry?.[2] ?? word : word;
}

function renderNumber(claim: FigureClaim, n: number, written: string, exact: boolean): string {
  switch (claim.numberStyle) {
    case 'word':
      if (HALF.test(written) || n % 1 === 0.5) return keepCase(written, withHalf(n) ?? digits(n, written, exact));
      return keepCase(written, (/\s/.test(written) ? spelledWord(n, /\band\b/.test(written)) : undefined) ?? cardinalWord(n) ?? digits(n, written, exact));
    case 'ordinal-word':
      return keepCase(written, ordinalWord(n) ?? `${n}${ordinalSuffix(n)}`);
    case 'ordinal-digits':
      return `${n}${ordinalSuffix(n)}`;
    default:
      return digits(n, written, exact);
  }
}

const HALF = /\sand\s+a\s+half$/i;

/** "three and a half" for 3.5, "three" for 3: a figure of halves in the writer's words. */
function withHalf(n: number): string | undefined {
  const whole = cardinalWord(Math.floor(n));
  if (whole === undefined) return undefined;
  if (n === Math.floor(n)) return whole;
  return n - Math.floor(n) === 0.5 ? `${whole} and a half` : undefined;
}

/**
 * Digits with the writer's grouping: "7,644" if they wrote "7,464", "7644" if they wrote
 * "7464". A converted figure is rounded to the writer's whole numbers; a sourced one
 * (`exact`) keeps its decimals, which the writer's slip may have dropped.
 */
function digits(n: number, written: string, exact: boolean): string {
  const decimals = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
  const [whole, own = ''] = String(round(n)).split('.');
  // "5.5" fixed to magnitude 5 is "5.0": the writer's decimals are kept where the figure keeps its size ("$7.18 billion" is "$718 million").
  const padded = whole.length === written.replace(/[^\d.]/g, '').split('.')[0].length ? Math.max(decimals, own.length) : own.length;
  const shown = decimals === 0 && !exact && Math.abs(Math.round(n) - n) <= Math.abs(n) * WRITER_ROUNDING ? String(Math.round(n)) : round(n).toFixed(padded);
  const grouped = written.includes(',') || (!/^\d+$/.test(written) && Math.abs(n) >= 10000);
  if (!grouped) return shown;
  const [int, frac] = shown.split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}


/** The writer's figure with the sourced unit in place of theirs, in the writer's form: "7,644 miles" becomes "7,644 kilometers", "7,644-mi" "7,644-km". */
export function renderUnit(claim: FigureClaim, unitId: string): string {
  return withUnit(claim.text, unitId, claim.unitForm ?? 'symbol');
}

/** The text with the unit it ends with written as another unit, or another form of it. */
function withUnit(text: string, unitId: string, form: UnitForm): string {
  const unit = unitById(unitId);
  const written = unitTokens().find((t) => text.toLowerCase().endsWith(t.toLowerCase()));
  if (!unit || !written) return text;
  return text.slice(0, text.length - written.length) + writeUnit(unit, form);
}
