import type { SourceText } from './sourceTexts';
import { folded, foldedWords, type Word } from './words';

/** A quotation's words [from, to) between omissions. */
export type Stretch = readonly [number, number];

export interface Candidate {
  text: SourceText;
  /**
   * Where each stretch seems to stand in this source: source word = quotation word + shift.
   * Undefined where the stretch has no pair of words in this source.
   */
  shifts: Array<number | undefined>;
  votes: number;
}

/** A pair of words this common in the sources ("of the") says nothing about where a quotation comes from. */
const MAX_SEEDS_PER_PAIR = 24;
/** How far the words of one stretch may drift from its main diagonal and still vote for it (dropped or added words). */
const DRIFT = 3;

/**
 * Every pair of adjacent words in the sources, with where it stands, built once per
 * fact base. A quotation's own word pairs vote for a shift (source offset minus
 * quotation offset) per stretch; the shift with most votes places the stretch.
 * Pairs, not longer shingles, so that a five-word quotation with one word changed
 * still has two pairs left to place it.
 *
 * A big base's sources hold millions of pairs, most of them met once: a pair's
 * places are numbers counted across all the sources (a small integer each), and a
 * pair met once holds its one place without an array.
 */
export class PassageIndex {
  private readonly seeds = new Map<string, number | number[]>();
  /** Where each text's words start in the count across all the sources. */
  private readonly firstWord: number[] = [];

  constructor(readonly texts: readonly SourceText[]) {
    let count = 0;
    for (const t of texts) {
      this.firstWord.push(count);
      const keys = foldedWords(t.text);
      for (let at = 0; at + 1 < keys.length; at++) this.add(`${keys[at]} ${keys[at + 1]}`, count + at);
      count += keys.length;
    }
  }

  private add(key: string, place: number): void {
    const list = this.seeds.get(key);
    if (list === undefined) this.seeds.set(key, place);
    else if (typeof list === 'number') this.seeds.set(key, [list, place]);
    else if (list.length <= MAX_SEEDS_PER_PAIR) list.push(place);
  }

  /** The sources that hold most of the quotation's word pairs, best first. */
  candidates(words: readonly Word[], stretches: readonly Stretch[], limit: number): Candidate[] {
    const votes = new Map<number, Array<Map<number, number>>>();
    stretches.forEach(([from, to], s) => {
      for (let i = from; i + 1 < to; i++) {
        const found = this.seeds.get(`${folded(words[i])} ${folded(words[i + 1])}`);
        const places = typeof found === 'number' ? [found] : found;
        if (!places || places.length > MAX_SEEDS_PER_PAIR) continue;
        for (const place of places) {
          const text = this.textAt(place);
          const perStretch = votes.get(text) ?? stretches.map(() => new Map<number, number>());
          votes.set(text, perStretch);
          const shift = place - this.firstWord[text] - i;
          perStretch[s].set(shift, (perStretch[s].get(shift) ?? 0) + 1);
        }
      }
    });
    const found = [...votes].map(([text, perStretch]) => candidate(this.texts[text], stretches, perStretch));
    return found.sort((a, b) => b.votes - a.votes).slice(0, limit);
  }

  /** The text a place counted across all the sources falls in. */
  private textAt(place: number): number {
    let [lo, hi] = [0, this.firstWord.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firstWord[mid] <= place) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

function candidate(text: SourceText, stretches: readonly Stretch[], perStretch: Array<Map<number, number>>): Candidate {
  let votes = 0;
  const shifts = stretches.map((_, s) => {
    const best = bestShift(perStretch[s]);
    votes += best?.votes ?? 0;
    return best?.shift;
  });
  return { text, shifts, votes };
}

/** The shift whose neighbourhood (± DRIFT) has most votes: dropped and added words move part of a stretch off its diagonal. */
function bestShift(votes: Map<number, number>): { shift: number; votes: number } | undefined {
  let best: { shift: number; votes: number } | undefined;
  for (const shift of votes.keys()) {
    let sum = 0;
    for (let d = -DRIFT; d <= DRIFT; d++) sum += votes.get(shift + d) ?? 0;
    if (!best || sum > best.votes || (sum === best.votes && (votes.get(shift) ?? 0) > (votes.get(best.shift) ?? 0))) best = { shift, votes: sum };
  }
  return best;
}
