import { createTwoFilesPatch } from 'diff';
import type { Position } from '../engine/index';
import type { ReportFinding } from './report';

/**
 * The draft with the fix of every fixable finding put in. Fixes are applied from the
 * end so that earlier offsets stay true; a fix that overlaps one already taken is left
 * for the next run rather than guessed at. Nothing outside the fixed ranges changes.
 */
export function applyFixes(text: string, findings: ReportFinding[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const offset = (p: Position) => Math.min(lineStarts[p.line] + p.character, text.length);
  const edits = findings
    .filter((f) => f.fix && f.fix.newText !== f.claimText)
    .map((f) => ({ start: offset(f.range.start), end: offset(f.range.end), newText: f.fix!.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of edits) {
    if (e.end > limit) continue;
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** The change as a unified diff with git's a/ and b/ names, so `git apply` takes it. */
export function unifiedDiff(file: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
}
