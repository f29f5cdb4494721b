import { align, type Alignment } from './align';
import type { PassageIndex, Stretch } from './passageIndex';
import { quotationWords, type Word } from './words';

/** Fewer words than this match too many passages by chance ("the two states"). */
const MIN_WORDS = 5;
/** Past this a "quotation" is a stray mark's paragraph, not a quote. */
const MAX_WORDS = 400;
const MIN_COMMON = 4;
/**
 * Shared words over all words on both sides (Dice): "most of its words, in order".
 * One word changed in five scores 0.8; a paraphrase that keeps half scores 0.5.
 */
const MIN_RESEMBLANCE = 0.75;
/** Sources tried per quotation, by their votes. */
const CANDIDATES = 3;

export interface QuotationMatch {
  words: Word[];
  alignment: Alignment;
}

/**
 * The source passage a quotation follows, if one resembles it closely; words are read
 * from the quotation's inner text, so their offsets are relative to it.
 */
export function matchQuotation(index: PassageIndex, inner: string): QuotationMatch | undefined {
  const words = quotationWords(inner, 0, inner.length);
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return undefined;
  const stretches = stretchesOf(words);
  let best: { alignment: Alignment; cost: number } | undefined;
  for (const candidate of index.candidates(words, stretches, CANDIDATES)) {
    const alignment = align(words, stretches, candidate);
    if (!resembles(alignment, words.length)) continue;
    const cost = words.length - alignment.common + alignment.changed;
    if (!best || cost < best.cost) best = { alignment, cost };
  }
  return best && { words, alignment: best.alignment };
}

function resembles(a: Alignment, words: number): boolean {
  return a.common >= MIN_COMMON && (2 * a.common) / (words + a.common + a.changed) >= MIN_RESEMBLANCE;
}

function stretchesOf(words: readonly Word[]): Stretch[] {
  const out: Stretch[] = [];
  let from = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i === words.length || words[i].afterGap) {
      out.push([from, i]);
      from = i;
    }
  }
  return out;
}
