import { CALENDAR_WORDS } from './calendar';
import type { Mention, NameToken } from './names';

/** Capitalized words that are no names: calendar words, titles, the pronoun. */
const NOT_NAMES = new Set([
  ...CALENDAR_WORDS,
  'president', 'prime', 'minister', 'chancellor', 'secretary', 'general', 'director', 'deputy', 'head', 'chairman', 'king', 'queen',
  'mr', 'mrs', 'ms', 'dr', 'i',
  // A capital on a word of grammar only opens a line the reader sees as a start ("8/ The haul:", "2) It was").
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'his', 'her', 'their', 'our',
  'and', 'but', 'or', 'nor', 'yet', 'so', 'if', 'when', 'while', 'after', 'before', 'then', 'there', 'here',
]);

/** "MPs", "CEOs", "NGOs": a plural of an abbreviated common noun names no one. */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/** Text before a word that makes it the first of a sentence, a quote, a label, a list item or a thread's post ("8/"). */
const OPENS = /(^|[.!?:;"“‘(\[—–*_#>|-]|\d[.)/])\s*$/;

/**
 * Proper names the fact base does not know ("Beijing", "Shanghai Cooperation
 * Organisation"). They are not claims, but they tell whom a sentence is about: a date
 * next to "visited Beijing" is no date of a sourced visit to Moscow.
 */
export function strangers(text: string, start: number, tokens: NameToken[], mentions: Mention[], isKnown: (word: string) => boolean): NameToken[] {
  const capitalized = tokens.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  if (tokens.length > 3 && capitalized / tokens.length > 0.6) return [];
  const zones = timeZoneNames(text, start, tokens);
  return tokens.filter(
    (t) =>
      /^\p{Lu}[\p{L}’'-]*$/u.test(t.text) &&
      !NOT_NAMES.has(t.norm) &&
      !PLURAL_ACRONYM.test(t.text) &&
      !isKnown(t.text) &&
      !mentions.some((m) => m.start <= t.start && t.end <= m.end) &&
      !OPENS.test(text.slice(Math.max(start, t.start - 12), t.start)) &&
      !speakerLabel(text, t) &&
      !zones.some(([a, b]) => a <= t.start && t.end <= b),
  );
}

/** "8:32 a.m. Pacific Daylight Time", "Greenwich Mean Time": a clock's zone, named like a place but no party to anything. */
const TIME_ZONE = /(?:\p{Lu}\p{Ll}+[\s-]+){1,2}(?:Standard|Daylight|Mean|Summer|Universal)\s+Time\b/gu;

function timeZoneNames(text: string, start: number, tokens: NameToken[]): Array<[number, number]> {
  if (tokens.length === 0) return [];
  const [from, to] = [Math.max(start, tokens[0].start), tokens[tokens.length - 1].end];
  return [...text.slice(from, to).matchAll(TIME_ZONE)].map((m) => [from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length]);
}

/**
 * "**[00:08:33] SA:** They set a target…": the name a transcript line opens with, before
 * its colon, says who speaks, not whom the line is about.
 */
function speakerLabel(text: string, t: NameToken): boolean {
  if (!/^[*_]*:/.test(text.slice(t.end, t.end + 4))) return false;
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  return /^[\s*_>#\-\[\]\d:().]*(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}$/u.test(text.slice(lineStart, t.start));
}

/**
 * Whether the sentence is about someone the base does not know: "Taalatbek Masadykov is an
 * experienced diplomat." A name it opens with, before any known one, is its subject, and
 * the "he" of the next sentence is that person, not whoever was named before.
 */
export function opensWithStranger(strangers: ReadonlyArray<{ start: number }>, mentions: readonly Mention[], words: ReadonlyArray<{ start: number }>): boolean {
  const first = strangers[0];
  if (!first || mentions.some((m) => m.start < first.start)) return false;
  return words.filter((w) => w.start < first.start).length <= SUBJECT_REACH;
}

/** Words a subject may stand after: "Mr.", "Ambassador", "Meanwhile,". */
const SUBJECT_REACH = 2;
