import { CALENDAR_WORDS } from '../claims/calendar';
import { cardinalValue, ordinalValue } from '../claims/numberWords';
import type { Mention } from '../claims/names';
import { tokenize } from '../text/tokens';
import type { Span } from './quote';
import { STOP_WORDS } from './stopWords';

const MAX_KEYWORDS = 6;

/**
 * The event words of a proposal: the quote's content words nearest the value, one per
 * stem. Names, numbers, calendar and stop words say nothing of which event it is.
 */
export function keywordsNear(text: string, quote: Span, value: Span, mentions: readonly Mention[]): string[] {
  const words = tokenize(text.slice(quote.start, quote.end), quote.start).filter(
    (t) =>
      (t.end <= value.start || t.start >= value.end) &&
      !mentions.some((m) => m.start < t.end && t.start < m.end) &&
      isContentWord(t.text, text, t.start),
  );
  const distance = (t: Span) => (t.end <= value.start ? value.start - t.end : t.start - value.end);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of words.sort((a, b) => distance(a) - distance(b))) {
    if (seen.has(t.stem) || out.length >= MAX_KEYWORDS) continue;
    seen.add(t.stem);
    out.push(t.text.toLowerCase());
  }
  return out;
}

function isContentWord(word: string, text: string, at: number): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 3 || /\d/.test(word) || STOP_WORDS.has(lower) || CALENDAR_WORDS.has(lower)) return false;
  if (cardinalValue(lower) !== undefined || ordinalValue(lower) !== undefined) return false;
  // A capitalised word inside a sentence is a name the base does not know, not an event word.
  return !/^\p{Lu}/u.test(word) || /(?:^|[.!?:;"“]\s*)$/.test(text.slice(Math.max(0, at - 3), at));
}
