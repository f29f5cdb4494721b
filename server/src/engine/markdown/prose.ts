import MarkdownIt from 'markdown-it';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
import { LineMap } from '../text/lineMap';
import { frontMatterLength } from './frontMatter';
import { applyBlanks, maskInline, type Blanks } from './mask';
import { tableBlocks } from './tables';

/** A stretch of prose to check: a heading, a paragraph, or one table cell. */
export interface ProseBlock {
  kind: 'heading' | 'paragraph' | 'cell';
  start: number;
  end: number;
  /** Index of the heading-delimited section the block sits in. */
  section: number;
  /** For a table cell: its row, read together with the header. */
  row?: { start: number; end: number };
  header?: { start: number; end: number };
  /** A cell of a column that cites the row's source ("NWS Service Assessment"). */
  cites?: boolean;
  /** A paragraph inside a blockquote. */
  quoted?: boolean;
}

export interface ProseDocument {
  /** The draft with everything that is never checked blanked out; offsets are the draft's. */
  masked: string;
  blocks: ProseBlock[];
  /** Line starts of the draft, for markdown-it's line maps and for ranges. */
  lines: LineMap;
  /**
   * Offsets where the parse may restart as if the draft began there: a top-level
   * paragraph or heading that opens with a letter after a blank line. Nothing open
   * before it (a list, a quote, a fence) can reach into it, so an edit is re-parsed
   * from the split before it to the split after it.
   */
  splits: number[];
}

/**
 * markdown-it gives the blocks and their line maps; what lies inside a block is read
 * by maskInline from the draft's own characters, where offsets are exact. Its inline
 * pass would build tokens nothing reads, so it is switched off (half the parse).
 */
const md = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);
md.core.ruler.disable(['inline', 'text_join']);

/** The parser as the engine configures it: the floor that benchmarks compare with. */
export function parseMarkdown(text: string): unknown[] {
  return md.parse(text, {});
}

export function parseProse(text: string): ProseDocument {
  const blanks: Blanks = [];
  const fm = frontMatterLength(text);
  if (fm > 0) blanks.push([0, fm]);
  const lines = new LineMap(text);
  const source = applyBlanks(text, blanks);
  const { blocks, splits } = proseRegion(text, source, lines, { from: 0, to: text.length, line: 0, section: 0 }, blanks);
  return { masked: applyBlanks(text, blanks), blocks, lines, splits };
}

/** Where a parse of part of a draft starts (its offset and line) and ends, and the section it starts in. */
export interface Region {
  from: number;
  to: number;
  line: number;
  section: number;
}

/**
 * The prose blocks of a region of the draft, parsed on their own: `source` is what
 * markdown-it reads there (the draft, front matter blanked). Adds what is never checked
 * to `blanks`. Whether a fence or an HTML block ran on to the region's end tells a
 * re-parse that the region did not close what it opened.
 */
export function proseRegion(text: string, source: string, lines: LineMap, region: Region, blanks: Blanks): { blocks: ProseBlock[]; splits: number[]; runsOn: boolean } {
  const tokens = md.parse(region.from === 0 && region.to === source.length ? source : source.slice(region.from, region.to), {});
  const lastLine = lines.lineOf(region.to) - region.line;
  const blocks: ProseBlock[] = [];
  const splits: number[] = [];
  let section = region.section;
  let containers = 0;
  let blockquotes = 0;
  let runsOn = false;
  const lineSpan = (map: [number, number]) => ({
    start: lines.lineStart(region.line + map[0]) ?? text.length,
    end: (lines.lineStart(region.line + map[1]) ?? text.length + 1) - 1,
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open' || t.type === 'blockquote_open') containers++;
    else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close' || t.type === 'blockquote_close') containers--;
    if (t.type === 'blockquote_open') blockquotes++;
    else if (t.type === 'blockquote_close') blockquotes--;
    if (!t.map) continue;
    const span = lineSpan(t.map as [number, number]);
    if (t.type === 'fence' || t.type === 'code_block' || t.type === 'html_block' || t.type === 'hr') {
      if (t.type !== 'code_block' && t.type !== 'hr' && t.map[1] >= lastLine) runsOn = true;
      blanks.push([span.start, span.end]);
    } else if (t.type === 'heading_open') {
      section++;
      if (t.level === 0 && isSplit(text, lines, region.line + t.map[0])) splits.push(span.start);
      blanks.push([span.start, span.start + t.markup.length]);
      blocks.push(proseBlock(text, blanks, 'heading', span, section));
    } else if (t.type === 'paragraph_open') {
      if (t.level === 0 && isSplit(text, lines, region.line + t.map[0])) splits.push(span.start);
      if (containers > 0) blankContainerMarkers(text, blanks, span.start, span.end);
      blocks.push({ ...proseBlock(text, blanks, 'paragraph', span, section), ...(blockquotes > 0 ? { quoted: true } : {}) });
    } else if (t.type === 'table_open') {
      i = skipTo(tokens, i, 'table_close');
      blocks.push(...tableBlocks(text, blanks, span, section));
    }
  }
  return { blocks, splits, runsOn };
}

/** A line that opens with a letter right after a blank line. */
function isSplit(text: string, lines: LineMap, line: number): boolean {
  const start = lines.lineStart(line);
  const before = lines.lineStart(line - 1);
  if (start === undefined || before === undefined || !/\p{L}/u.test(text[start] ?? '')) return false;
  for (let i = before; i < start - 1; i++) if (text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\r') return false;
  return true;
}

function proseBlock(text: string, blanks: Blanks, kind: ProseBlock['kind'], span: { start: number; end: number }, section: number): ProseBlock {
  maskInline(text, span.start, span.end, blanks);
  return { kind, start: span.start, end: span.end, section };
}

function skipTo(tokens: Token[], i: number, type: string): number {
  while (i < tokens.length && tokens[i].type !== type) i++;
  return i;
}

/** List markers and quote markers at the start of a line are structure, not prose ("1." is no figure). */
function blankContainerMarkers(text: string, blanks: Blanks, start: number, end: number): void {
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const m = /^(?:\s*(?:>|[-*+]|\d{1,9}[.)])(?=\s|$))+/.exec(text.slice(lineStart, lineEnd));
    if (m) blanks.push([lineStart, lineStart + m[0].length]);
    lineStart = lineEnd + 1;
  }
}

