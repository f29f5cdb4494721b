/**
 * Whether a passage of a draft occurs in a source text, word for word once quotes,
 * dashes, case and spacing are set aside. A claim that a source states is sourced,
 * even when no fact was written for it: a source checked as a draft raises nothing,
 * and neither does an article that quotes its source.
 */
export class SourcePassages {
  private readonly texts: string[];

  constructor(texts: Iterable<string>) {
    this.texts = [...texts].map(normalize);
  }

  states(passage: string): boolean {
    const p = normalize(passage);
    return p.length > 0 && this.texts.some((t) => t.includes(p));
  }
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
