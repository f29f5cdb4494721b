import { TIME_ZONES } from '../units/timeZones';

/** Splits a stretch of prose into sentences, keeping abbreviations and initials whole. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'gen', 'col', 'lt', 'sgt', 'jr', 'sr', 'no', 'vs', 'etc', 'al',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'approx', 'ca', 'inc', 'ltd', 'co', 'corp',
]);

export function sentenceSpans(text: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const slice = text.slice(start, end);
  // A reference mark ("history.[4] Fifty-seven", "[^2]") belongs to the sentence it ends.
  const re = /[.!?]+["”’)\]]*(?:\[\^?[\w-]{1,12}\])*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])|\n\s*\n/gu;
  let from = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].startsWith('.') && (isAbbreviation(slice, m.index) || zoneAfterClock(slice, m.index))) continue;
    const to = m.index + m[0].length;
    spans.push([start + from, start + to]);
    from = to;
  }
  if (from < slice.length) spans.push([start + from, end]);
  return spans.flatMap(([s, e]) => bounded(text, s, e));
}

/**
 * Words further apart than this say little about each other, and a run-on "sentence"
 * (a pasted list, a page without full stops) would make judging it quadratic: such a
 * stretch is cut at a clause break, or at a space, into pieces of about this length.
 */
const MAX_SENTENCE = 1000;

function bounded(text: string, start: number, end: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let s = start;
  while (end - s > MAX_SENTENCE) {
    const window = text.slice(s + MAX_SENTENCE / 2, s + MAX_SENTENCE);
    const clause = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '), window.lastIndexOf('\n'));
    const space = window.lastIndexOf(' ');
    const cut = s + MAX_SENTENCE / 2 + (clause >= 0 ? clause + 1 : space >= 0 ? space + 1 : window.length);
    pieces.push([s, cut]);
    s = cut;
  }
  pieces.push([s, end]);
  return pieces;
}

/** "at 8 p.m. EDT on July 13": the zone after a time of day goes on with its sentence. */
function zoneAfterClock(slice: string, dot: number): boolean {
  if (!/\b[ap]\.m$/i.test(slice.slice(Math.max(0, dot - 4), dot))) return false;
  const next = /^\.\s+(\p{Lu}{2,5})\b/u.exec(slice.slice(dot));
  return next !== null && next[1] in TIME_ZONES;
}

function isAbbreviation(slice: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(slice.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
