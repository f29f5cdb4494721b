import type { LineMap } from '../text/lineMap';
import type { ClaimKind, Finding, NameMention, Support } from '../types';

/** Collects what a check finds, converting offsets to ranges in one place. */
export class Accumulator {
  readonly findings: Finding[] = [];
  readonly supported: Support[] = [];
  readonly mentions: NameMention[] = [];

  constructor(readonly lines: LineMap) {}

  range(start: number, end: number) {
    return this.lines.range(start, end);
  }

  support(kind: ClaimKind, start: number, end: number, claimText: string, factId: string, sourceId: string): void {
    this.supported.push({ kind, range: this.range(start, end), claimText, factId, sourceId });
  }
}
