import { stem } from './stem';

export interface Token {
  text: string;
  /** Lowercased and stemmed, for matching against fact keywords. */
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*/gu;

/** Words of a text with their offsets; punctuation is dropped. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = offset + (m.index ?? 0);
    tokens.push({ text: m[0], stem: stem(m[0]), start, end: start + m[0].length });
  }
  return tokens;
}

/** Words of a keyword or phrase, stemmed, in order. */
export function stems(phrase: string): string[] {
  return tokenize(phrase).flatMap((t) => t.text.split('-').map(stem));
}
