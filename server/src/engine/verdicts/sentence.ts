import type { Claim, DateClaim } from '../claims/claim';
import { findDates } from '../claims/dates';
import { findFigures } from '../claims/figures';
import type { Mention } from '../claims/names';
import type { IndexedFact } from '../factbase/factIndex';
import { tokenize } from '../text/tokens';
import { contextWords, type SentenceContext } from './context';
import type { CheckerParts } from './parts';

export interface SentenceInput {
  start: number;
  end: number;
  /** Where claims are read: the sentence itself, or the cells of a table row. */
  claimSpans: Array<[number, number]>;
  header: string[];
}

export interface ReadSentence {
  ctx: SentenceContext;
  claims: Claim[];
  candidates: IndexedFact[];
}

/** Reads a sentence once: its words, names, dates and figures, and the facts it may speak of. */
export function readSentence(parts: CheckerParts, masked: string, input: SentenceInput): ReadSentence {
  const words = contextWords(tokenize(masked.slice(input.start, input.end), input.start));
  const mentions: Mention[] = parts.names
    .mentions(parts.names.tokens(masked, input.start, input.end))
    .map((m) => ({ ...m, text: masked.slice(m.start, m.end) }));
  const claims: Claim[] = [];
  const dates: DateClaim[] = [];
  for (const [s, e] of input.claimSpans) {
    const ds = findDates(masked, s, e);
    dates.push(...ds);
    claims.push(...ds, ...findFigures(masked, s, e, ds.map((d) => [d.start, d.end])));
  }
  const ctx: SentenceContext = { start: input.start, end: input.end, words, mentions, header: input.header, dates, breaks: clauseBreaks(masked, input) };
  const stems = new Set([...words.map((w) => w.stem), ...input.header]);
  const candidates = parts.index.candidates(stems, new Set(mentions.map((m) => m.entityId)));
  return { ctx, claims: claims.sort((a, b) => a.start - b.start), candidates };
}

function clauseBreaks(masked: string, input: SentenceInput): number[] {
  const breaks: number[] = [];
  for (let i = input.start; i < input.end; i++) {
    const c = masked[i];
    if ((c === ',' && !/\d/.test(masked[i + 1] ?? '')) || c === ';' || c === ':' || c === '—' || c === '–' || c === '(' || c === ')') breaks.push(i);
  }
  return breaks;
}
