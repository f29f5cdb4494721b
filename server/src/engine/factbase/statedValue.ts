import { monthNumber, SEASONS } from '../claims/calendar';
import { cardinalValue, cardinalWord, ordinalValue, ordinalWord } from '../claims/numberWords';
import type { CalendarDate, Fact } from './schema';

type DatePart = 'year' | 'month' | 'day';

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25 };

/**
 * The words a number word can begin with ("twenty" of "twenty-five"): a quote's other
 * words, its names above all, are ruled out by one look-up. A base of 100,000 facts
 * has millions of them.
 */
const NUMBER_HEADS = new Set([
  ...Array.from({ length: 100 }, (_, n) => [cardinalWord(n), ordinalWord(n)]).flat().flatMap((w) => (w ? [w.split('-')[0]] : [])),
  'zeroth', 'hundred', 'hundredth', 'dozen', ...Object.keys(FRACTIONS),
]);

/**
 * What a fact's value says that its quote does not: "8" against "nine finalists", a
 * day the quote never names. Conservative, since a warning here must be worth reading:
 * a figure is doubted only when the quote states numbers and none of them is the
 * value, and a part of a date only when the value does not mark it inferred.
 */
export function unstatedValue(fact: Fact): string | undefined {
  const v = fact.value;
  switch (v.type) {
    case 'date':
      return unstatedParts(v.date, fact.quote, v.inferred?.parts);
    case 'dateRange':
      return unstatedParts(v.from, fact.quote, v.inferred?.parts) ?? unstatedParts(v.to, fact.quote, v.inferred?.parts);
    case 'quantity':
    case 'money':
    case 'count':
    case 'ordinal':
    case 'duration':
    case 'percent':
    case 'scale':
      return v.inferred ? undefined : unstatedNumber(v.amount, fact.quote);
    case 'age':
      return v.inferred ? undefined : unstatedNumber(v.years, fact.quote);
    default:
      return undefined;
  }
}

function unstatedNumber(amount: number, quote: string): string | undefined {
  const stated = statedNumbers(quote);
  if (stated.length === 0 || stated.some((n) => n.readings.some((r) => sameNumber(r, amount)))) return undefined;
  const shown = [...new Set(stated.map((n) => n.scaled))].join(', ');
  return `the value ${amount} is not in its quote, which states ${shown}: correct the value, or mark it "inferred" with a "reason"`;
}

interface StatedNumber {
  /** With the scale word after it: 10 billion is 10000000000. */
  scaled: number;
  /** The number with and without that scale, since "10 million people" may be counted in millions. */
  readings: number[];
}

/** Every number the quote states, in digits or in words. */
function statedNumbers(quote: string): StatedNumber[] {
  const tokens = quote.toLowerCase().match(/\d[\d,]*(?:\.\d+)?[a-z]*|[a-z]+(?:-[a-z]+)*/g) ?? [];
  return tokens.flatMap((token, i) => {
    const scale = SCALES[tokens[i + 1] ?? ''] ?? 1;
    return numbersIn(token).map((n) => ({ scaled: n * scale, readings: [n, n * scale] }));
  });
}

/** "42.3bn" is 42.3 billion; "three-year" holds three; "twenty-five" is 25. */
function numbersIn(token: string): number[] {
  const digits = isDigit(token[0]) ? /^(\d[\d,]*(?:\.\d+)?)([a-z]*)$/.exec(token) : null;
  if (digits) return [Number(digits[1].replace(/,/g, '')) * (SCALES[digits[2]] ?? 1)];
  const whole = wordValue(token);
  if (whole !== undefined) return [whole];
  if (!token.includes('-')) return [];
  return token.split('-').flatMap((part) => {
    const n = wordValue(part);
    return n === undefined ? [] : [n];
  });
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function wordValue(word: string): number | undefined {
  if (!NUMBER_HEADS.has(word.split('-', 1)[0])) return undefined;
  return cardinalValue(word) ?? ordinalValue(word) ?? FRACTIONS[word];
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(b) * 1e-9;
}

function unstatedParts(date: CalendarDate, quote: string, inferred: readonly DatePart[] = []): string | undefined {
  const words: string[] = quote.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  const missing: string[] = [];
  if (!inferred.includes('year') && !words.includes(String(date.year))) missing.push(`the year ${date.year}`);
  if (date.month !== undefined && !inferred.includes('month') && !words.some((w) => monthNumber(w) === date.month) && !numericDate(quote, date)) {
    missing.push(`the month ${date.month}`);
  }
  if (date.day !== undefined && !inferred.includes('day') && !words.some((w) => dayOf(w) === date.day)) missing.push(`the day ${date.day}`);
  if (date.season !== undefined && !words.some((w) => SEASONS[w] === date.season)) missing.push(`the season ${date.season}`);
  if (missing.length === 0) return undefined;
  return `the quote does not state ${missing.join(' or ')} of the date: correct the date, or list the parts the source leaves implicit in the value's "inferred" with a "reason"`;
}

function dayOf(word: string): number | undefined {
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
  if (digits) return Number(digits[1]);
  return NUMBER_HEADS.has(word.split('-', 1)[0]) ? ordinalValue(word) ?? cardinalValue(word) : undefined;
}

/** "2022-08-19", "19.08.2022", "8/19/2022": the month as a number. */
function numericDate(quote: string, date: CalendarDate): boolean {
  return [...quote.matchAll(/\d{1,4}[-./]\d{1,2}(?:[-./]\d{1,4})?/g)].some((m) => m[0].split(/[-./]/).map(Number).includes(date.month!));
}
