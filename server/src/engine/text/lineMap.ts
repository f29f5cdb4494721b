import type { Position, Range } from '../types';
import type { TextChange } from './textChange';

/** Converts offsets in a text to LSP positions (0-based line, UTF-16 character). */
export class LineMap {
  private readonly starts: number[];

  /** With the map of the text before an edit, only the edit's replacement is scanned. */
  constructor(text: string, edited?: { before: LineMap; change: TextChange }) {
    if (!edited) {
      this.starts = [0];
      this.scan(text, 0, text.length);
      return;
    }
    const { before, change } = edited;
    const kept = before.lineOf(change.start) + 1;
    this.starts = before.starts.slice(0, kept);
    this.scan(text, change.start, change.newEnd);
    const shift = change.newEnd - change.oldEnd;
    for (let i = before.lineOf(change.oldEnd) + 1; i < before.starts.length; i++) this.starts.push(before.starts[i] + shift);
  }

  private scan(text: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }

  /** The 0-based line an offset stands on. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The offset where a 0-based line starts, or undefined past the last line. */
  lineStart(line: number): number | undefined {
    return this.starts[line];
  }
}
