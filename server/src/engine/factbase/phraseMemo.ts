import { stems } from '../text/tokens';

/**
 * The stems of a fact base's event words, each phrase worked out once. A
 * base of 100,000 facts repeats a few thousand keywords and quote words: reading each
 * once, and sharing one stem array per phrase among the facts that list it, saves most
 * of the index's build time and memory. It lives as long as the index is built.
 */
export class PhraseMemo {
  private readonly phrases = new Map<string, string[]>();
  private readonly words = new Map<string, string[]>();

  /** The stems of a phrase, shared by every caller that asks for the same phrase. */
  stems(phrase: string): string[] {
    let out = this.phrases.get(phrase);
    // A copy, of the stems' own length: flatMap leaves room for more, some 100 bytes for each of a big base's keywords.
    if (!out) this.phrases.set(phrase, (out = stems(phrase).slice()));
    return out;
  }

  /** A one-stem phrase, shared like `stems`. */
  word(stem: string): string[] {
    let out = this.words.get(stem);
    if (!out) this.words.set(stem, (out = [stem]));
    return out;
  }
}
