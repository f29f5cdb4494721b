import type { ProseDocument } from '../markdown/prose';

/** The words inside a pair of quotation marks, or a blockquote's paragraph: offsets of the inner text in the draft. */
export interface Quotation {
  start: number;
  end: number;
}

const CLOSER: Record<string, string> = { '“': '”', '"': '"', '«': '»' };
const MARKS = /[“”"«»]/g;

/**
 * Quotations as a reader sees them: the outermost pair of marks within one block
 * (quotes inside a quotation are part of it), and a blockquote paragraph without
 * marks of its own. A mark left open at the end of its block opens no quotation.
 */
export function readQuotations(doc: ProseDocument): Quotation[] {
  const out: Quotation[] = [];
  for (const block of doc.blocks) {
    const marked = markedQuotations(doc.masked, block.start, block.end);
    if (marked.length === 0 && block.quoted) out.push({ start: block.start, end: block.end });
    else out.push(...marked);
  }
  return out;
}

function markedQuotations(masked: string, start: number, end: number): Quotation[] {
  const out: Quotation[] = [];
  let open: { closer: string; at: number } | undefined;
  for (const m of masked.slice(start, end).matchAll(MARKS)) {
    const [mark, at] = [m[0], start + m.index];
    if (open && mark === open.closer) {
      out.push({ start: open.at + 1, end: at });
      open = undefined;
    } else if (!open && CLOSER[mark]) open = { closer: CLOSER[mark], at };
  }
  return out;
}
