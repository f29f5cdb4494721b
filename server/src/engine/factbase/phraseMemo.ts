import { stems } from '../text/tokens';
import { synonymsOf } from './synonyms';

/**
 * The stems of a fact base's event words, each phrase worked out once. A
 * base of 100,000 facts repeats a few thousand keywords and quote words: reading each
 * once, and sharing one stem array per phrase among the facts that list it, saves most
 * of the index's build time and memory. Equal stems are one array, so a fact's phrases
 * are told apart by identity. It lives as long as the index is built.
 */
export class PhraseMemo {
  private readonly phrases = new Map<string, string[]>();
  private readonly byStems = new Map<string, string[]>();
  private readonly synonyms = new Map<string[], string[][]>();

  /** The stems of a phrase, shared by every caller that asks for the same phrase. */
  stems(phrase: string): string[] {
    let out = this.phrases.get(phrase);
    if (!out) this.phrases.set(phrase, (out = this.shared(stems(phrase))));
    return out;
  }

  /** A one-stem phrase, shared like `stems`. */
  word(stem: string): string[] {
    return this.byStems.get(stem) ?? this.shared([stem]);
  }

  /** The phrases writers use for a phrase of `stems` (synonyms.ts), shared like `stems`. */
  synonymsOf(phrase: string[]): string[][] {
    let out = this.synonyms.get(phrase);
    if (!out) this.synonyms.set(phrase, (out = synonymsOf(phrase).map((p) => this.shared(p))));
    return out;
  }

  private shared(phrase: string[]): string[] {
    const key = phrase.join(' ');
    let out = this.byStems.get(key);
    // A copy, of the stems' own length: a grown array leaves room for more, some 100 bytes for each of a big base's keywords.
    if (!out) this.byStems.set(key, (out = phrase.slice()));
    return out;
  }
}
