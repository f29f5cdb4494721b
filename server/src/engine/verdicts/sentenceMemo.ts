import { detached, type Entry } from './accumulator';

/** What judging a sentence found, and the entities it names (which the sentences after it carry), worked out once per text. */
export interface Judgement {
  entries: Entry[];
  named: string[];
  /** Whether the sentence is about someone the base does not know, whom its "he" or "she" after it means. */
  strangerSubject: boolean;
}
import type { SentenceInput } from '../claims/sentence';

/** Checks an entry may go unused before a sweep drops it: enough for several open drafts. */
const KEEP_FOR_CHECKS = 50;
/** Entries kept beyond what the last check used before a sweep is worth its time. */
const SLACK = 5_000;

/**
 * Judgements of sentences by their text. A sentence's verdicts depend only on its
 * own words (and, in a table, its row's header), so a keystroke re-judges the one
 * sentence it changed and the rest of the draft is read from here. Sentences that no
 * recent check has met (the versions typing left behind) are swept out, so the memo
 * stays the size of the drafts in use however long the editing goes on.
 */
export class SentenceMemo {
  private readonly entries = new Map<string, { judgement: Judgement; used: number }>();
  private check = 0;
  private usedThisCheck = 0;

  /** `keep` copies what the memo keeps; a memo that dies with its drafts may keep their strings as they are. */
  constructor(private readonly keep: <T>(value: T) => T = detached) {}

  /** Marks the start of a check of a whole draft. */
  begin(): void {
    this.check++;
    this.usedThisCheck = 0;
  }

  /** Marks the end of a check: sweeps when the memo has grown well past what checks use. */
  end(): void {
    if (this.entries.size <= 2 * this.usedThisCheck + SLACK) return;
    for (const [key, value] of this.entries) if (value.used < this.check - KEEP_FOR_CHECKS) this.entries.delete(key);
  }

  get(masked: string, input: SentenceInput, tolerance: number, judge: () => Judgement): Judgement {
    this.usedThisCheck++;
    const key = keyOf(masked, input, tolerance);
    const hit = this.entries.get(key);
    if (hit) {
      hit.used = this.check;
      return hit.judgement;
    }
    const made = this.keep(judge());
    this.entries.set(this.keep(key), { judgement: made, used: this.check });
    return made;
  }
}

function keyOf(masked: string, input: SentenceInput, tolerance: number): string {
  const spans = [...input.claimSpans, ...(input.citations ?? []).map((c) => ({ ...c, header: '\u0001' }))].map((s) => `${s.start - input.start}:${s.end - input.start}:${s.header ?? ''}`).join(',');
  return `${tolerance}\u0000${input.contextYear ?? ''}\u0000${input.topics?.join(',') ?? ''}\u0000${input.carried?.join(',') ?? ''}\u0000${input.reportDate ? JSON.stringify(input.reportDate) : ''}\u0000${input.header.join(' ')}\u0000${input.rowLabel?.join(' ') ?? ''}\u0000${spans}\u0000${masked.slice(input.start, input.end)}`;
}
