import { stem } from '../text/stem';
import type { FigureClaim, Hedge, Measure } from './claim';
import { CARDINAL_WORD, ORDINAL_WORD, cardinalValue, ordinalValue } from './numberWords';

const HEDGES: Array<[string, Hedge]> = [
  ['more than', 'more'], ['over', 'more'], ['exceeding', 'more'], ['exceeded', 'more'], ['at least', 'more'],
  ['upwards of', 'more'], ['just over', 'more'], ['above', 'more'],
  ['less than', 'less'], ['under', 'less'], ['up to', 'less'], ['nearly', 'less'], ['almost', 'less'],
  ['just under', 'less'], ['below', 'less'], ['fewer than', 'less'],
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['some', 'about'],
  ['close to', 'about'], ['an estimated', 'about'], ['almost exactly', 'about'],
];
const HEDGE_RE = new RegExp(`\\b(${HEDGES.map(([w]) => w.replace(' ', '\\s+')).join('|')})\\s+$`, 'i');

const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const FIGURE = new RegExp(
  [
    '(?<![\\p{L}\\p{N}+^/.,#@$-])',
    '(?<cur>US\\$|\\$|€|£|USD\\s?)?',
    `(?:(?<digits>${DIGITS})(?<ord>st|nd|rd|th)?|(?<ordword>${ORDINAL_WORD})|(?<word>${CARDINAL_WORD}))`,
    '(?:\\s?(?<scale>thousand|million|billion|trillion|bn|mn|tn|m|k)(?![\\p{L}]))?',
    '(?<age>-year-old|\\s+years?\\s+old)?',
    '(?:(?<adj>-(?:year|month|week|day)(?![\\p{L}-]))|[\\s-]?(?<unit>km|kilomet(?:er|re)s?|miles?|%|percent|per\\s+cent|(?:US\\s+)?dollars|USD)(?![\\p{L}])|\\s+(?<dur>years?|months?|weeks?|days?|decades?)(?![\\p{L}]))?',
  ].join(''),
  'giu',
);

const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };

/** Finds figures in a stretch of prose, skipping spans already read as dates. */
export function findFigures(text: string, start: number, end: number, taken: Array<[number, number]>): FigureClaim[] {
  const slice = text.slice(start, end);
  const claims: FigureClaim[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(slice); m; m = FIGURE.exec(slice)) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (m[0].length === 0 || taken.some(([a, b]) => s < b && a < e)) continue;
    const claim = toClaim(m, s, slice);
    if (claim) claims.push(claim);
  }
  return claims;
}

function toClaim(m: RegExpExecArray, s: number, slice: string): FigureClaim | undefined {
  const g = m.groups ?? {};
  const raw = g.digits ?? g.ordword ?? g.word ?? '';
  const base = g.digits ? Number(g.digits.replace(/,/g, '')) : g.ordword ? ordinalValue(g.ordword) : cardinalValue(g.word ?? '');
  if (base === undefined || Number.isNaN(base)) return undefined;
  if (g.digits && !g.cur && !g.scale && !g.unit && !g.ord && /^(1[6-9]|20)\d\d$/.test(g.digits)) return undefined;
  if (!g.digits && /^\p{Lu}/u.test(raw) && raw.toLowerCase() === 'one') return undefined;
  const measure = measureOf(g);
  const nouns = nounsAfter(slice, m.index + m[0].length);
  const labelNouns = labelBefore(slice.slice(0, m.index));
  if (measure === 'ordinal' && nouns.length === 0 && labelNouns.length === 0) return undefined;
  if (measure === 'number' && !g.digits && !isCounted(slice, m.index + m[0].length)) return undefined;
  const scale = g.scale ? SCALES[g.scale.toLowerCase()] ?? 1 : 1;
  const numberStart = s + (g.cur?.length ?? 0);
  const end = s + m[0].length;
  const before = slice.slice(0, m.index);
  return {
    kind: 'figure',
    start: s,
    end,
    text: m[0],
    value: base * scale,
    measure,
    unit: unitOf(g),
    nouns,
    labelNouns,
    hedge: HEDGES.find(([w]) => new RegExp(`^${w.replace(' ', '\\s+')}$`, 'i').test(HEDGE_RE.exec(before)?.[1] ?? ''))?.[1] ?? 'exact',
    numberStart,
    numberEnd: numberStart + raw.length + (g.ord?.length ?? 0),
    numberStyle: g.digits ? (g.ord ? 'ordinal-digits' : 'digits') : g.ordword ? 'ordinal-word' : 'word',
  };
}

function measureOf(g: Record<string, string | undefined>): Measure {
  if (g.age) return 'age';
  if (g.ord || g.ordword) return 'ordinal';
  if (g.cur || /dollar|usd/i.test(g.unit ?? '')) return 'money';
  if (g.unit && /%|percent|per/i.test(g.unit)) return 'percent';
  if (g.unit) return 'quantity';
  if (g.adj || g.dur) return 'duration';
  return g.scale ? 'number' : 'count';
}

function unitOf(g: Record<string, string | undefined>): string | undefined {
  if (g.cur || /dollar|usd/i.test(g.unit ?? '')) return g.cur === '€' ? 'EUR' : g.cur === '£' ? 'GBP' : 'USD';
  if (g.unit) return /^(km|kilomet)/i.test(g.unit) ? 'km' : /^mi/i.test(g.unit) ? 'mi' : '%';
  const d = g.adj?.slice(1) ?? g.dur;
  return d ? stem(d).replace(/s$/, '') : undefined;
}

/** A spelled-out number counts something only when a word follows it ("five states"). */
function isCounted(slice: string, at: number): boolean {
  return /^\s+\p{Ll}/u.test(slice.slice(at));
}

/** The label of a "**Agreements signed in Türkiye:** 16" line, as stems. */
function labelBefore(text: string): string[] {
  const before = text.slice(-160);
  if (!before.includes(':')) return [];
  const m = /(\p{L}[\p{L}\p{N}\s’'(),-]{0,80}?)[\s*_]*:[\s*_]*[^:]{0,60}$/u.exec(before);
  return m ? (m[1].match(/\p{L}[\p{L}’'-]*/gu) ?? []).map(stem) : [];
}

function nounsAfter(slice: string, at: number): string[] {
  const words = slice.slice(at).match(/^[\s\p{L}’'-]{0,60}/u)?.[0].match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  return words.slice(0, 4).map(stem);
}
