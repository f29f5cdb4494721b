import type { ClaimKind, Finding, NameMention, Range, Support } from '../types';

/**
 * What the judgement of one sentence found, by offsets relative to the sentence, so
 * that the same sentence met again (a keystroke elsewhere in the draft, a repeated
 * paragraph) is not judged twice: only its ranges are worked out anew.
 */
export type Entry =
  | { type: 'finding'; start: number; end: number; finding: Omit<Finding, 'range'> }
  | { type: 'support'; start: number; end: number; support: Omit<Support, 'range'> }
  | { type: 'mention'; start: number; end: number; mention: Omit<NameMention, 'range'> };

const NOWHERE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export class Accumulator {
  readonly entries: Entry[] = [];

  constructor(private readonly origin: number) {}

  finding(start: number, end: number, make: (range: Range) => Finding): void {
    const { range: _nowhere, ...finding } = make(NOWHERE);
    this.entries.push({ type: 'finding', start: start - this.origin, end: end - this.origin, finding });
  }

  support(kind: ClaimKind, start: number, end: number, claimText: string, factId: string, sourceId: string): void {
    this.entries.push({ type: 'support', start: start - this.origin, end: end - this.origin, support: { kind, claimText, factId, sourceId } });
  }

  mention(start: number, end: number, text: string, entityId: string): void {
    this.entries.push({ type: 'mention', start: start - this.origin, end: end - this.origin, mention: { text, entityId } });
  }
}

/**
 * A copy that shares no string with the draft. Strings cut from a draft can keep the
 * whole draft alive; the memo outlives many versions of it, and would keep them all.
 */
export function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
