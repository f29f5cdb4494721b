import type { FigureClaim } from '../claims/claim';
import { cardinalWord, ordinalSuffix, ordinalWord } from '../claims/numberWords';

const SCALE_WORDS: Array<[number, string, string]> = [
  [1e12, 'trillion', 'tn'],
  [1e9, 'billion', 'bn'],
  [1e6, 'million', 'm'],
  [1e3, 'thousand', 'k'],
];

/**
 * The sourced figure in the writer's own format: a number word stays a word,
 * "$10bn" stays abbreviated, "7,464 kilometers" keeps its unit and separators.
 * `value` is already in the claim's unit.
 */
export function renderFigure(claim: FigureClaim, value: number): string {
  const text = claim.text;
  const numStart = claim.numberStart - claim.start;
  const scaled = rescale(claim, value);
  const number = renderNumber(claim, scaled.mantissa, text.slice(numStart, claim.numberEnd - claim.start));
  let rest = text.slice(claim.numberEnd - claim.start);
  if (scaled.word !== undefined) rest = rest.replace(/^(\s?)(thousand|million|billion|trillion|bn|mn|tn|m|k)/i, (_, sp: string, old: string) => sp + scaleLike(old, scaled.word ?? old));
  return text.slice(0, numStart) + number + rest;
}

function rescale(claim: FigureClaim, value: number): { mantissa: number; word?: string } {
  const written = /^\s?(thousand|million|billion|trillion|bn|mn|tn|m|k)\b/i.exec(claim.text.slice(claim.numberEnd - claim.start))?.[1];
  if (!written) return { mantissa: value };
  const [scale, word] = SCALE_WORDS.find(([s]) => Math.abs(value) >= s) ?? [1, ''];
  return { mantissa: round(value / scale), word };
}

function scaleLike(old: string, word: string): string {
  const abbreviated = old.length <= 2;
  const entry = SCALE_WORDS.find(([, w]) => w === word);
  return abbreviated ? entry?.[2] ?? word : word;
}

function renderNumber(claim: FigureClaim, n: number, written: string): string {
  switch (claim.numberStyle) {
    case 'word':
      return keepCase(written, cardinalWord(n) ?? digits(n, written));
    case 'ordinal-word':
      return keepCase(written, ordinalWord(n) ?? `${n}${ordinalSuffix(n)}`);
    case 'ordinal-digits':
      return `${n}${ordinalSuffix(n)}`;
    default:
      return digits(n, written);
  }
}

/** Digits with the writer's grouping: "7,644" if they wrote "7,464", "7644" if they wrote "7464". */
function digits(n: number, written: string): string {
  const decimals = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
  const shown = decimals === 0 ? String(Math.round(n)) : String(round(n));
  const grouped = written.includes(',') || (!/^\d+$/.test(written) && Math.abs(n) >= 10000);
  if (!grouped) return shown;
  const [int, frac] = shown.split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function keepCase(written: string, word: string): string {
  return /^\p{Lu}/u.test(written) ? word[0].toUpperCase() + word.slice(1) : word;
}

/** The writer's figure with the sourced unit in place of theirs: "7,644 miles" becomes "7,644 km". */
export function renderUnit(claim: FigureClaim, unit: string): string {
  return claim.text.replace(/(kilomet(?:er|re)s?|km|miles?|mi)$/i, (written) => {
    const long = written.length > 2;
    if (unit === 'km') return long ? 'kilometers' : 'km';
    return long ? 'miles' : 'mi';
  });
}
