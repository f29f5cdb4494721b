import type { Entry } from './accumulator';
import type { SentenceInput } from './sentence';

/** Enough for the sentences of several large drafts; past it the memo starts afresh. */
const LIMIT = 50_000;

/**
 * Judgements of sentences by their text. A sentence's verdicts depend only on its
 * own words (and, in a table, its row's header), so a keystroke re-judges the one
 * sentence it changed and the rest of the draft is read from here.
 */
export class SentenceMemo {
  private readonly entries = new Map<string, Entry[]>();

  get(masked: string, input: SentenceInput, tolerance: number, judge: () => Entry[]): Entry[] {
    const key = keyOf(masked, input, tolerance);
    const hit = this.entries.get(key);
    if (hit) return hit;
    if (this.entries.size >= LIMIT) this.entries.clear();
    const made = judge();
    this.entries.set(key, made);
    return made;
  }
}

function keyOf(masked: string, input: SentenceInput, tolerance: number): string {
  const spans = input.claimSpans.map((s) => `${s.start - input.start}:${s.end - input.start}:${s.header ?? ''}`).join(',');
  return `${tolerance}\u0000${input.contextYear ?? ''}\u0000${input.header.join(' ')}\u0000${spans}\u0000${masked.slice(input.start, input.end)}`;
}
