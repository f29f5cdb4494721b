import type { Rng } from './prng';

/**
 * Made-up names and words for synthetic fact bases, built from syllables so that
 * they are pronounceable, distinct from each other and from every real name: a
 * collision would merge two entities and flatter or spoil retrieval.
 */
const SYLLABLES = [
  'ka', 'ra', 'tel', 'mo', 'ru', 'bek', 'sa', 'lin', 'vo', 'dar', 'ni', 'zo', 'pel', 'tu', 'gan',
  'shi', 'ma', 'lek', 'ori', 'ven', 'du', 'sta', 'kor', 'ely', 'bar', 'nu', 'qa', 'zim', 'fe', 'loh',
];

export class NameMint {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng, taken: Iterable<string>) {
    for (const t of taken) this.used.add(t.toLowerCase());
  }

  /** A fresh lowercase word of at least `syllables` syllables: one more when that many are nearly used up. */
  word(syllables: number): string {
    for (let attempt = 0; ; attempt++) {
      let w = '';
      for (let i = 0; i < syllables + Math.floor(attempt / 20); i++) w += this.rng.pick(SYLLABLES);
      if (!this.used.has(w)) {
        this.used.add(w);
        return w;
      }
    }
  }

  /** A fresh capitalised name. */
  name(syllables: number): string {
    return capitalise(this.word(syllables));
  }
}

export const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** A transliteration variant, as writers produce them ("Toqayev" for "Tokayev"). */
export function variant(name: string): string {
  const swapped = name.replace(/k/g, 'q').replace(/sh/g, 'sch').replace(/u/g, 'oo');
  return swapped === name ? `${name}h` : swapped;
}
