import type { Position, Range } from 'vscode-languageserver/node';

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Inclusive at both ends, so a cursor just after a claim still hovers it. */
export function contains(range: Range, position: Position): boolean {
  return !before(position, range.start) && !before(range.end, position);
}

export function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function compareRanges(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

/** Whether `a` ends where `b` starts or earlier: two edits on them do not collide. */
export function endsBefore(a: Range, b: Range): boolean {
  return !before(b.start, a.end);
}
