/**
 * Finds the stretch of a quote that states the value a claim was compared with, so
 * the hover can emphasise it. The draft's words and the sourced value are written
 * in the writer's format, not the source's ("19 August 2022" against "on August 19"),
 * so words are matched one by one and the longest run of matching words wins.
 */
export interface Span {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;
const FILLER = new Set(['the', 'of', 'in', 'on', 'a', 'an', 'and', 'at', 'to', 'by', 'for']);

export function valueSpan(quote: string, hints: readonly string[]): Span | undefined {
  const wanted = new Set(hints.flatMap(words).map(normalize).filter((w) => !FILLER.has(w)));
  let best: Span | undefined;
  let run: Span | undefined;
  for (const match of quote.matchAll(WORD)) {
    const word = normalize(match[0]);
    const span = { start: match.index, end: match.index + match[0].length };
    if (wanted.has(word)) {
      run = run ? { start: run.start, end: span.end } : span;
      if (!best || run.end - run.start > best.end - best.start) best = run;
    } else if (!FILLER.has(word) || !run) {
      run = undefined;
    }
  }
  return best;
}

function words(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0]);
}

/** "7,644" and "7644", "August" and "august" are the same word here. */
function normalize(word: string): string {
  return word.toLowerCase().replace(/(?<=\d)[,’']/g, '');
}
