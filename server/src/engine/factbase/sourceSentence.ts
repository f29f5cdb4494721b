/** The longest a source sentence may be to lend its words to a fact: past it, the quote alone. */
const MAX_SENTENCE = 400;

/**
 * The sentence of a source text that a quote stands in: the quote's own words and those
 * around it up to the sentence's ends. "Tokayev's visit to Moscow … he said" lends
 * "visit" to a fact quoting only "the 69-year-old saying his choice … was symbolic".
 */
export function sentenceAround(text: string, quote: string): string {
  const at = text.indexOf(quote);
  if (at < 0) return quote;
  const before = text.slice(Math.max(0, at - MAX_SENTENCE), at);
  const after = text.slice(at + quote.length, at + quote.length + MAX_SENTENCE);
  // A scan back to the last sentence end: the pattern /[^.!?\n]*$/ would retry from every offset, quadratic in MAX_SENTENCE.
  const start = lastSentenceEnd(before) + 1;
  const end = after.search(/[.!?\n]/);
  const sentence = before.slice(start) + quote + (end < 0 ? after : after.slice(0, end));
  return sentence.length > MAX_SENTENCE ? quote : sentence;
}

function lastSentenceEnd(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if ('.!?\n'.includes(text[i])) return i;
  return -1;
}
