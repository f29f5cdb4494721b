/**
 * Whether a passage of a draft occurs in a source text, word for word once quotes,
 * dashes, case and spacing are set aside. A claim that a source states is sourced,
 * even when no fact was written for it: a source checked as a draft raises nothing,
 * and neither does an article that quotes its source.
 */
export class SourcePassages {
  private readonly texts: string[];
  private readonly words: WordIndex;

  constructor(texts: Iterable<string>) {
    this.texts = [...texts].map(normalize);
    this.words = new WordIndex(this.texts);
  }

  states(passage: string): boolean {
    const p = normalize(passage);
    if (p.length === 0) return false;
    const inner = p.split(' ').slice(1, -1);
    const texts = inner.length > 0 ? this.words.rarest(inner) : this.texts.keys();
    for (const i of texts) if (this.texts[i].includes(p)) return true;
    return false;
  }
}

/**
 * The texts each word of the normalized sources occurs in. A passage's inner words
 * (those with a space on both sides) are whole words of any text that holds it, so
 * only the texts of its rarest inner word need searching: a base of a thousand
 * sources is then searched as a handful. Words are kept as hashes, read off the
 * characters without a string each; a collision only adds a text to search.
 */
class WordIndex {
  private readonly textsOf = new Map<number, number[]>();

  constructor(texts: readonly string[]) {
    texts.forEach((text, i) => {
      let h = WORD_SEED;
      for (let k = 0; k <= text.length; k++) {
        const c = k < text.length ? text.charCodeAt(k) : SPACE;
        if (c !== SPACE) {
          h = step(h, c);
          continue;
        }
        const list = this.textsOf.get(h);
        if (!list) this.textsOf.set(h, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
        h = WORD_SEED;
      }
    });
  }

  rarest(words: readonly string[]): readonly number[] {
    let best: readonly number[] | undefined;
    for (const w of words) {
      const list = this.textsOf.get(wordHash(w)) ?? [];
      if (!best || list.length < best.length) best = list;
    }
    return best ?? [];
  }
}

const SPACE = 32;
const WORD_SEED = 17;

/** One character more of a word's hash, kept small enough to stay an unboxed integer. */
function step(h: number, c: number): number {
  return (Math.imul(h, 31) + c) & 0x3fffffff;
}

function wordHash(word: string): number {
  let h = WORD_SEED;
  for (let k = 0; k < word.length; k++) h = step(h, word.charCodeAt(k));
  return h;
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The claim with up to `words` words on each side, within its sentence: enough to be one passage, not a common phrase. */
export function claimWithContext(sentence: string, start: number, end: number, words = 4): string {
  const before = sentence.slice(0, start).split(/\s+/).filter(Boolean).slice(-words).join(' ');
  const after = sentence.slice(end).split(/\s+/).filter(Boolean).slice(0, words).join(' ');
  const joinBefore = before && /\s$/.test(sentence.slice(0, start)) ? `${before} ` : before;
  const joinAfter = after && /^\s/.test(sentence.slice(end)) ? ` ${after}` : after;
  return `${joinBefore}${sentence.slice(start, end)}${joinAfter}`;
}
