import { memoizedPerWord } from './memoizedPerWord';
import { normalizeName } from './nameForm';
import { stem } from './stem';

export interface Token {
  text: string;
  /** Lowercased and stemmed, for matching against fact keywords. */
  stem: string;
  /** As names are compared (`normalizeName`): a word without a hyphen is its own name token. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu;

/** A word's stem and name form in one lookup: a sentence's every token needs both. */
const formsOf = memoizedPerWord((word) => ({ stem: stem(word), norm: normalizeName(word) }));

/** Words of a text with their offsets; punctuation is dropped. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = offset + (m.index ?? 0);
    const forms = formsOf(m[0]);
    tokens.push({ text: m[0], stem: forms.stem, norm: forms.norm, start, end: start + m[0].length });
  }
  return tokens;
}

/** Words of a keyword or phrase, stemmed, in order. It needs no name forms: a fact base's index stems every keyword it lists. */
export function stems(phrase: string): string[] {
  const out: string[] = [];
  for (const m of phrase.matchAll(WORD)) for (const part of m[0].split('-')) out.push(stem(part));
  return out;
}
