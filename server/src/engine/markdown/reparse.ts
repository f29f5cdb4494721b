import type { TextChange } from '../text/textChange';
import { LineMap } from '../text/lineMap';
import { frontMatterLength } from './frontMatter';
import { applyBlanks, type Blanks } from './mask';
import { proseRegion, type ProseBlock, type ProseDocument } from './prose';

/** The part of an edited draft that was parsed again: [from, oldTo) of the draft before became [from, newTo). */
export interface ReparsedWindow {
  from: number;
  oldTo: number;
  newTo: number;
  /** How many more headings the window has now: sections after it are numbered that much higher. */
  sectionShift: number;
  /** The window's blocks in the new document: blocks[firstBlock, endBlock). */
  firstBlock: number;
  endBlock: number;
}

/**
 * The prose of an edited draft, parsed again only from the split before the change
 * to the split after it; the blocks outside are the old ones, moved. Undefined when
 * that cannot be exact: a change in the front matter or before the first split, or a
 * fence or HTML block left open in the window (it would swallow what follows).
 */
export function reparseProse(before: ProseDocument, beforeText: string, text: string, change: TextChange): { doc: ProseDocument; window: ReparsedWindow } | undefined {
  if (frontMatterLength(text) !== frontMatterLength(beforeText) || hasLoneReturn(text) || hasLoneReturn(beforeText)) return undefined;
  const from = lastBelow(before.splits, change.start);
  if (from === undefined) return undefined;
  const oldTo = before.splits.find((s) => blankLineStart(before.lines, s) > change.oldEnd) ?? beforeText.length;
  const shift = change.newEnd - change.oldEnd;
  const newTo = oldTo + shift;
  const lines = new LineMap(text, { before: before.lines, change });
  const blanks: Blanks = [];
  const firstBlock = blocksBefore(before.blocks, from);
  const afterBlock = blocksBefore(before.blocks, oldTo);
  const section = sectionAt(before.blocks, firstBlock);
  const region = proseRegion(text, text, lines, { from, to: newTo, line: lines.lineOf(from), section }, blanks);
  if (region.runsOn && newTo < text.length) return undefined;
  const sectionShift = (region.blocks.length > 0 ? region.blocks[region.blocks.length - 1].section : section) - sectionAt(before.blocks, afterBlock);
  const windowMasked = applyBlanks(text.slice(from, newTo), blanks.map(([s, e]) => [s - from, e - from]));
  const doc: ProseDocument = {
    masked: before.masked.slice(0, from) + windowMasked + before.masked.slice(oldTo),
    blocks: [...before.blocks.slice(0, firstBlock), ...region.blocks, ...movedBlocks(before.blocks.slice(afterBlock), shift, sectionShift)],
    lines,
    splits: [...before.splits.filter((s) => s < from), ...region.splits, ...before.splits.filter((s) => s >= oldTo).map((s) => s + shift)],
  };
  return { doc, window: { from, oldTo, newTo, sectionShift, firstBlock, endBlock: firstBlock + region.blocks.length } };
}

/**
 * markdown-it counts a carriage return without a line feed as a line break and the line
 * map does not, so a window's lines would not be the whole parse's: such a draft is
 * parsed whole.
 */
function hasLoneReturn(text: string): boolean {
  return text.includes('\r') && /\r(?!\n)/.test(text);
}

function lastBelow(sorted: number[], limit: number): number | undefined {
  let found: number | undefined;
  for (const s of sorted) {
    if (s >= limit) break;
    found = s;
  }
  return found;
}

/** Where the blank line before a split starts. */
function blankLineStart(lines: LineMap, split: number): number {
  return lines.lineStart(lines.lineOf(split) - 1) ?? 0;
}

/** How many blocks start before an offset. */
function blocksBefore(blocks: ProseBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The section the block before index `i` ends in: where the block at `i` would start counting. */
function sectionAt(blocks: ProseBlock[], i: number): number {
  return i > 0 ? blocks[i - 1].section : 0;
}

/** Blocks after the window, at their new offsets; the cells of a row keep sharing one row. */
function movedBlocks(blocks: ProseBlock[], shift: number, sectionShift: number): ProseBlock[] {
  const spans = new Map<{ start: number; end: number }, { start: number; end: number }>();
  const moved = (span: { start: number; end: number }) => {
    let m = spans.get(span);
    if (!m) spans.set(span, (m = { start: span.start + shift, end: span.end + shift }));
    return m;
  };
  return blocks.map((b) => ({
    ...b,
    start: b.start + shift,
    end: b.end + shift,
    section: b.section + sectionShift,
    ...(b.row ? { row: moved(b.row) } : {}),
    ...(b.header ? { header: moved(b.header) } : {}),
  }));
}
