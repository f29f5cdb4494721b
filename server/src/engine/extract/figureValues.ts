import type { Claim, FigureClaim, Hedge } from '../claims/claim';
import type { Bound, FactValue } from '../factbase/schema';
import { SCALE_NAME_IDS } from '../units/scales';
import { DURATION_UNIT_IDS, QUANTITY_UNIT_IDS } from '../units/units';
import { statedWhen, type Found, type SourceSentence } from './found';
import { STOP_WORDS } from './stopWords';

const QUANTITY_UNITS = new Set<string>(QUANTITY_UNIT_IDS);
const DURATION_UNITS = new Set<string>(DURATION_UNIT_IDS);
const SCALES = new Set<string>(SCALE_NAME_IDS);
/** Words after a number that end the phrase it counts: "second term last week", "15 agreements were signed". */
const PHRASE_ENDS = new Set([...STOP_WORDS, 'last', 'ago', 'today', 'yesterday', 'tomorrow']);
/** "more than 40 billion" is at least that, "nearly 4,700" about it: the bound the source puts on the figure. */
const BOUNDS: Record<Exclude<Hedge, 'exact'>, Bound> = { more: 'at-least', less: 'at-most', about: 'about' };
/** The values the schema lets be bounds: not ordinals or ages. */
const BOUNDABLE = new Set(['quantity', 'money', 'count', 'duration', 'percent', 'scale']);

/** Every figure the engine reads in the sentence that the schema can hold, with the noun it counts. */
export function figureValues(s: SourceSentence): Found[] {
  const when = statedWhen(s);
  return s.read.claims.flatMap((c, i) => {
    if (c.kind !== 'figure' || partOfName(s.masked, c) || restated(s.masked, s.read.claims[i - 1], c)) return [];
    const value = figureValue(s.masked, c);
    if (!value) return [];
    const bounded = c.hedge !== 'exact' && BOUNDABLE.has(value.type) ? ({ ...value, bound: BOUNDS[c.hedge] } as FactValue) : value;
    return [{ value: bounded, span: { start: c.start, end: c.end }, label: value.type, when }];
  });
}

/** "746 feet (227 meters)": the same figure in another unit, which a draft may give either way; one fact holds both. */
const IN_BRACKETS = /^\s*\(\s*(?:(?:about|some|roughly|approximately|nearly|or)\s+)?$/;
const CONVERTIBLE = new Set(['quantity', 'duration']);

function restated(masked: string, before: Claim | undefined, c: FigureClaim): boolean {
  if (!before || before.kind !== 'figure' || before.measure !== c.measure || !CONVERTIBLE.has(c.measure) || before.unit === c.unit) return false;
  return IN_BRACKETS.test(masked.slice(before.end, c.start));
}

function figureValue(masked: string, c: FigureClaim): FactValue | undefined {
  switch (c.measure) {
    case 'money':
      return c.unit ? { type: 'money', amount: c.value, currency: c.unit } : undefined;
    case 'quantity':
      return c.unit && QUANTITY_UNITS.has(c.unit) ? { type: 'quantity', amount: c.value, unit: c.unit } : undefined;
    case 'age':
      return Number.isInteger(c.value) ? { type: 'age', years: c.value } : undefined;
    case 'duration':
      return c.unit && DURATION_UNITS.has(c.unit) && c.value > 0 ? { type: 'duration', amount: c.value, unit: c.unit } : undefined;
    case 'percent':
      return { type: 'percent', amount: c.value };
    case 'scale':
      return c.unit && SCALES.has(c.unit) ? { type: 'scale', name: c.unit, amount: c.value } : undefined;
    case 'count':
    case 'ordinal':
      return countValue(masked, c);
    default:
      return undefined;
  }
}

/** "the two countries" refers to what the text set up; "the five Central Asian Republics: …" states a count. */
function countValue(masked: string, c: FigureClaim): FactValue | undefined {
  if (!Number.isInteger(c.value) || c.value < 0) return undefined;
  const noun = nounAfter(masked, c.end);
  if (!noun) return undefined;
  if (c.measure === 'ordinal') return c.value > 0 ? { type: 'ordinal', amount: c.value, noun: noun.word } : undefined;
  if (c.presupposed && !/^\s*:/.test(masked.slice(noun.end, noun.end + 3))) return undefined;
  if (c.value !== 1 && !isPlural(noun.raw)) return undefined;
  return { type: 'count', amount: c.value, noun: noun.word };
}

/** Nouns whose plural does not end in -s. */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'feet', 'teeth', 'mice', 'geese', 'police', 'staff', 'personnel', 'cattle', 'crew', 'data', 'media', 'criteria', 'phenomena']);

/** "fissure 8 vent", "a 5 star hotel": a number before a singular noun labels it rather than counts it. */
function isPlural(word: string): boolean {
  return IRREGULAR_PLURALS.has(word) || singular(word) !== word;
}

interface Noun {
  word: string;
  raw: string;
  end: number;
}

/**
 * The noun a number counts, singular: the first plural of the phrase after it ("two main
 * features", "11 workers died", "nine Ra Ravas service club members"), else its last word.
 * A capitalised plural is a name's ("Ra Ravas") when a plain one follows it.
 */
function nounAfter(masked: string, at: number): Noun | undefined {
  const words = phraseAfter(masked, at);
  const plural = (w: Noun) => isPlural(w.raw);
  const counted = words.find((w, i) => plural(w) && !(/^\p{Lu}/u.test(masked.slice(w.end - w.raw.length, w.end)) && words.slice(i + 1).some((x) => plural(x))));
  return counted ?? words.at(-1);
}

const PHRASE_WORDS = 5;

function phraseAfter(masked: string, at: number): Noun[] {
  const words: Noun[] = [];
  const re = /\s*([\p{L}][\p{L}’'-]*)/uy;
  re.lastIndex = at;
  for (let m = re.exec(masked); m && words.length < PHRASE_WORDS; m = re.exec(masked)) {
    const word = m[1];
    if (PHRASE_ENDS.has(word.toLowerCase()) || /ly$/.test(word)) break;
    words.push({ word: singular(word.toLowerCase()), raw: word.toLowerCase(), end: re.lastIndex });
  }
  return words;
}

function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word) && !/(?:is|ss)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** "Regional Cooperation 2022", "Falcon 9": a number right after a capitalised word belongs to the name. */
function partOfName(masked: string, c: FigureClaim): boolean {
  if (c.numberStyle !== 'digits' || c.measure === 'money') return false;
  const before = masked.slice(Math.max(0, c.numberStart - 30), c.numberStart);
  return /\p{Lu}[\p{L}]*[ -]$/u.test(before) && !/(?:^|[.!?:]\s+)\p{Lu}[\p{L}]*\s$/u.test(before);
}
