import MarkdownIt from 'markdown-it';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
import { frontMatterLength } from './frontMatter';
import { maskInline } from './mask';
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
}

export interface ProseDocument {
  /** The draft with everything that is never checked blanked out; offsets are the draft's. */
  masked: string;
  blocks: ProseBlock[];
}

const md = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);

export function parseProse(text: string): ProseDocument {
  const chars = Array.from({ length: text.length }, (_, i) => text[i]);
  const fm = frontMatterLength(text);
  for (let i = 0; i < fm; i++) if (chars[i] !== '\n') chars[i] = ' ';
  const lineStarts = lineStartsOf(text);
  const tokens = md.parse(chars.join(''), {});
  const blocks: ProseBlock[] = [];
  let section = 0;
  let containers = 0;
  const lineSpan = (map: [number, number]) => ({
    start: lineStarts[map[0]],
    end: map[1] < lineStarts.length ? lineStarts[map[1]] - 1 : text.length,
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open' || t.type === 'blockquote_open') containers++;
    else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close' || t.type === 'blockquote_close') containers--;
    if (!t.map) continue;
    const span = lineSpan(t.map as [number, number]);
    if (t.type === 'fence' || t.type === 'code_block' || t.type === 'html_block' || t.type === 'hr') {
      blank(chars, span.start, span.end);
    } else if (t.type === 'heading_open') {
      section++;
      blank(chars, span.start, span.start + t.markup.length);
      blocks.push(proseBlock(chars, 'heading', span, section));
    } else if (t.type === 'paragraph_open') {
      if (containers > 0) blankContainerMarkers(chars, span.start, span.end);
      blocks.push(proseBlock(chars, 'paragraph', span, section));
    } else if (t.type === 'table_open') {
      i = skipTo(tokens, i, 'table_close');
      blocks.push(...tableBlocks(chars, text, span, section));
    }
  }
  return { masked: chars.join(''), blocks };
}

function proseBlock(chars: string[], kind: ProseBlock['kind'], span: { start: number; end: number }, section: number): ProseBlock {
  maskInline(chars, span.start, span.end);
  return { kind, start: span.start, end: span.end, section };
}

function skipTo(tokens: Token[], i: number, type: string): number {
  while (i < tokens.length && tokens[i].type !== type) i++;
  return i;
}

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

/** List markers and quote markers at the start of a line are structure, not prose ("1." is no figure). */
function blankContainerMarkers(chars: string[], start: number, end: number): void {
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = chars.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const line = chars.slice(lineStart, lineEnd).join('');
    const m = /^(?:\s*(?:>|[-*+]|\d{1,9}[.)])(?=\s|$))+/.exec(line);
    if (m) blank(chars, lineStart, lineStart + m[0].length);
    lineStart = lineEnd + 1;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
