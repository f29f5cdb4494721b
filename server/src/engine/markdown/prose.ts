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
  /** A paragraph inside a blockquote. */
  quoted?: boolean;
}

export interface ProseDocument {
  /** The draft with everything that is never checked blanked out; offsets are the draft's. */
  masked: string;
  blocks: ProseBlock[];
  /** Line starts of the draft, for markdown-it's line maps and for ranges. */
  lines: LineMap;
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
  const tokens = md.parse(applyBlanks(text, blanks), {});
  const blocks: ProseBlock[] = [];
  let section = 0;
  let containers = 0;
  let blockquotes = 0;
  const lineSpan = (map: [number, number]) => ({
    start: lines.lineStart(map[0]) ?? text.length,
    end: (lines.lineStart(map[1]) ?? text.length + 1) - 1,
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
      blanks.push([span.start, span.end]);
    } else if (t.type === 'heading_open') {
      section++;
      blanks.push([span.start, span.start + t.markup.length]);
      blocks.push(proseBlock(text, blanks, 'heading', span, section));
    } else if (t.type === 'paragraph_open') {
      if (containers > 0) blankContainerMarkers(text, blanks, span.start, span.end);
      blocks.push({ ...proseBlock(text, blanks, 'paragraph', span, section), ...(blockquotes > 0 ? { quoted: true } : {}) });
    } else if (t.type === 'table_open') {
      i = skipTo(tokens, i, 'table_close');
      blocks.push(...tableBlocks(text, blanks, span, section));
    }
  }
  return { masked: applyBlanks(text, blanks), blocks, lines };
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

