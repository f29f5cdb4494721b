/** Where two versions of a text differ: one span of the first replaced by one of the second. */
export interface TextChange {
  /** The first offset where they differ. */
  start: number;
  /** Where the replaced span ends in the text before. */
  oldEnd: number;
  /** Where its replacement ends in the text after. */
  newEnd: number;
}

/** Compared a stretch at a time first: string equality is a memory compare, far faster than a loop over characters. */
const STRETCH = 256;

/** The change between two texts, by their longest common prefix and then the longest common suffix of the rest. */
export function textChange(before: string, after: string): TextChange {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start + STRETCH <= limit && before.slice(start, start + STRETCH) === after.slice(start, start + STRETCH)) start += STRETCH;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const room = limit - start;
  let tail = 0;
  while (tail + STRETCH <= room && before.slice(before.length - tail - STRETCH, before.length - tail) === after.slice(after.length - tail - STRETCH, after.length - tail)) tail += STRETCH;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}
