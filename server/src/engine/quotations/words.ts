/**
 * The words of a quotation or a source, as a misquote compares them: punctuation,
 * quote marks and dashes are no words ("win–win" and "win-win" read alike), a curly
 * apostrophe is a straight one, and an ellipsis or an editor's bracket stands for
 * words left out or replaced.
 */
export interface Word {
  /** The word as compared: the writer's letters, with ’ read as '. */
  key: string;
  start: number;
  end: number;
  /** An omission ("…", "[...]", "[Tokayev]") stands just before this word. */
  afterGap: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+|,\p{N}+)*/gu;
const GAP = /…|\.(?:\s?\.){2}|\[[^\]\n]*\]/g;

/** Where a source's words stand; the source's own ellipses and brackets are no omissions. */
export function sourceWordSpans(text: string): [Int32Array, Int32Array] {
  const [starts, ends]: number[][] = [[], []];
  for (const m of text.matchAll(WORD)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return [Int32Array.from(starts), Int32Array.from(ends)];
}

/** A source's word at text[start, end). */
export function wordAt(text: string, start: number, end: number): Word {
  return { key: key(text.slice(start, end)), start, end, afterGap: false };
}

/** A source's words as `folded` reads them, without their places: what the passage index keeps of every source. */
export function foldedWords(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => key(m[0]).toLowerCase());
}

/** A quotation's words in text[start, end), offsets in text. */
export function quotationWords(text: string, start: number, end: number): Word[] {
  const slice = text.slice(start, end);
  const gaps = [...slice.matchAll(GAP)].map((m) => [m.index, m.index + m[0].length]);
  const words: Word[] = [];
  let gap = 0;
  let pendingGap = false;
  for (const m of slice.matchAll(WORD)) {
    while (gap < gaps.length && gaps[gap][1] <= m.index) {
      gap++;
      pendingGap = true;
    }
    if (gap < gaps.length && gaps[gap][0] <= m.index) continue;
    words.push({ key: key(m[0]), start: start + m.index, end: start + m.index + m[0].length, afterGap: pendingGap });
    pendingGap = false;
  }
  return words;
}

function key(word: string): string {
  return word.replace(/’/g, "'");
}

/** Case-blind, for finding candidate passages; the alignment then compares case. */
export function folded(word: Word): string {
  return word.key.toLowerCase();
}

/**
 * Equal words; a word may differ in the case of its first letter: a quotation's first
 * word, or a headline quoted in sentence case ("a new diplomatic center" of "New
 * Diplomatic Center"). Only the case of a first letter: "NATO" is no "Nato".
 */
export function sameWord(a: Word, b: Word): boolean {
  if (a.key === b.key) return true;
  return a.key.length === b.key.length && a.key.slice(1) === b.key.slice(1) && a.key[0].toLowerCase() === b.key[0].toLowerCase();
}
