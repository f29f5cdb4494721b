/** A sentence longer than this is quoted by the clauses around its value. */
const LONG_SENTENCE = 300;
const SHORT_CLAUSE = 80;
const EDGES = /^[\s,;:—–(-]+|[\s,;:—–-]+$/g;

export interface Span {
  start: number;
  end: number;
}

/**
 * The quote of a value: its sentence, or for a long one the clauses around the value
 * until they make a readable passage. Always a slice of the source's own text, so it
 * is verbatim by construction.
 */
export function quoteSpan(text: string, sentence: Span, value: Span, breaks: readonly number[]): Span {
  if (sentence.end - sentence.start <= LONG_SENTENCE) return trimmed(text, sentence);
  const before = breaks.filter((b) => b > sentence.start && b <= value.start).reverse();
  const after = breaks.filter((b) => b >= value.end && b < sentence.end);
  let start = before[0] ?? sentence.start;
  let end = after[0] ?? sentence.end;
  for (let i = 1; end - start < SHORT_CLAUSE && (i < before.length || i < after.length); i++) {
    start = before[i] ?? start;
    end = after[i] ?? end;
  }
  if (end - start < SHORT_CLAUSE) return trimmed(text, sentence);
  return trimmed(text, { start, end });
}

function trimmed(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  const lead = slice.length - slice.replace(/^[\s,;:—–(-]+/, '').length;
  const rest = slice.slice(lead);
  const kept = rest.replace(EDGES, '');
  return { start: span.start + lead, end: span.start + lead + kept.length };
}

/** The quote's first words, for the one-line description of the event. */
export function eventLine(quote: string, words = 14): string {
  const all = quote.replace(/\s+/g, ' ').trim().split(' ');
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
}
