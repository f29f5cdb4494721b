import type { Rng } from './prng';

/**
 * A writer typing into a draft: a phrase with a date and a figure, one character per
 * keystroke, at the end of a sentence in some paragraph, then elsewhere. Every
 * keystroke makes a sentence never seen before, as real typing does, so the
 * per-sentence memo serves only the sentences the edit did not touch.
 */
const PHRASES = [' Talks resumed on 3 May 2021 with 14 ministers.', ' Trade rose to $2.4 billion in 2019.', ' The border is 7,000 km long.', ' Tokayev met Putin on 12 June.'];

export interface Keystroke {
  /** Offset in the text before the keystroke. */
  offset: number;
  char: string;
}

export class Typist {
  private offset = 0;
  private phrase = '';

  constructor(private readonly rng: Rng) {}

  /** The next keystroke into `text`; apply it before asking for another. */
  next(text: string): Keystroke {
    if (this.phrase.length === 0) {
      this.offset = this.sentenceEnd(text);
      this.phrase = this.rng.pick(PHRASES);
    }
    const stroke = { offset: this.offset, char: this.phrase[0] };
    this.phrase = this.phrase.slice(1);
    this.offset++;
    return stroke;
  }

  /** Right after a full stop inside a prose line (not a heading, list, table or code). */
  private sentenceEnd(text: string): number {
    for (;;) {
      const at = text.indexOf('. ', this.rng.int(0, text.length - 1));
      if (at < 0) continue;
      const lineStart = text.lastIndexOf('\n', at) + 1;
      if (/^[A-Za-z]/.test(text.slice(lineStart, lineStart + 1))) return at + 1;
    }
  }
}

export const apply = (text: string, k: Keystroke): string => text.slice(0, k.offset) + k.char + text.slice(k.offset);
