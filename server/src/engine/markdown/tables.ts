import { maskInline, type Blanks } from './mask';
import type { ProseBlock } from './prose';

/**
 * GFM table rows split into cells. Every body cell is read with its row and with the
 * header, so "431" under "Land border (km)" in the row of Turkmenistan is a claim
 * about Turkmenistan's border in kilometres.
 */
export function tableBlocks(text: string, blanks: Blanks, span: { start: number; end: number }, section: number): ProseBlock[] {
  const lines = linesIn(text, span.start, span.end);
  if (lines.length < 2) return [];
  for (const l of lines) maskInline(text, l.start, l.end, blanks);
  const headerCells = cellsOf(text, lines[0]);
  const citing = new Set(headerCells.flatMap((h, column) => (CITATION_HEADER.test(text.slice(h.start, h.end)) ? [column] : [])));
  blanks.push([lines[1].start, lines[1].end]);
  const blocks: ProseBlock[] = [];
  const headerRow = lines[0];
  for (const row of [lines[0], ...lines.slice(2)]) {
    const isHeader = row === headerRow;
    cellsOf(text, row).forEach((cell, column) => {
      const cites = !isHeader && citing.has(column);
      blocks.push({ kind: 'cell', start: cell.start, end: cell.end, section, row, header: isHeader ? undefined : headerCells[column], ...(cites ? { cites } : {}) });
    });
  }
  return blocks;
}

/**
 * A column headed "Source" or "Federal source" cites where each row's values come from:
 * the report it names and the date it came out are no part of the row's events, and
 * what it names says which source's facts the row's values are.
 */
const CITATION_HEADER = /^(?:[\p{L}-]+\s+)?(?:sources?|citations?|references?|refs?\.?|cited|via)$/iu;

interface Span {
  start: number;
  end: number;
}

function linesIn(text: string, start: number, end: number): Span[] {
  const lines: Span[] = [];
  let s = start;
  while (s < end) {
    let e = text.indexOf('\n', s);
    if (e === -1 || e > end) e = end;
    lines.push({ start: s, end: e });
    s = e + 1;
  }
  return lines;
}

/**
 * Cells of one row: split on pipes that are neither escaped nor inside code spans. The
 * empty text outside a leading or trailing pipe is no cell, but an empty cell between
 * pipes is one (the corner of "| | FY2023 | FY2022 |"), or every header after it would
 * stand over the wrong column.
 */
function cellsOf(text: string, line: Span): Span[] {
  const cells: Span[] = [];
  let cellStart = line.start;
  let inCode = false;
  for (let i = line.start; i < line.end; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '`') inCode = !inCode;
    else if (c === '|' && !inCode) {
      cells.push(trim(text, cellStart, i));
      cellStart = i + 1;
    }
  }
  cells.push(trim(text, cellStart, line.end));
  const empty = (c: Span | undefined) => c !== undefined && c.start === c.end;
  if (cells.length > 1 && empty(cells[0])) cells.shift();
  if (cells.length > 1 && empty(cells[cells.length - 1])) cells.pop();
  return cells;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
