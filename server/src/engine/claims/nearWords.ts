import { push } from '../factbase/multimap';
import { editDistance } from '../text/editDistance';

/**
 * Words by first letter and letter pair, so that the words a few edits away from a
 * given one are looked for among those that share most of its letter pairs: a search
 * costs what the nearby words cost, however many words there are.
 *
 * An edit (an insertion, deletion, substitution or swap of neighbours) changes at most
 * three of a word's letter pairs, so a word within `r` edits of one of length `n` keeps
 * at least `n - 3r` of its pairs (counting the last letter's pair with the word's end).
 */
export class NearWords<T> {
  private readonly items: Array<{ item: T; plain: string }> = [];
  private readonly byPair = new Map<string, number[]>();
  /** First letter and length: where too few pairs are left to count, as in a word of three letters. */
  private readonly byShape = new Map<string, number[]>();

  /** `plain` is the word as it is compared: lower case, without marks. */
  add(plain: string, item: T): void {
    const i = this.items.length;
    this.items.push({ item, plain });
    for (const key of pairKeys(plain)) push(this.byPair, key, i);
    push(this.byShape, shapeKey(plain[0], plain.length), i);
  }

  /** The items whose word begins with the same letter and is within `radius` edits of `plain`, in the order they were added. */
  within(plain: string, radius: number): T[] {
    const kept = plain.length - 3 * radius;
    const found = kept > 0 ? this.sharingPairs(plain, kept) : this.ofLengths(plain, radius);
    return found
      .filter((i) => Math.abs(this.items[i].plain.length - plain.length) <= radius && editDistance(this.items[i].plain, plain) <= radius)
      .sort((a, b) => a - b)
      .map((i) => this.items[i].item);
  }

  private sharingPairs(plain: string, kept: number): number[] {
    const counts = new Map<number, number>();
    for (const key of pairKeys(plain)) for (const i of this.byPair.get(key) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    return [...counts].flatMap(([i, n]) => (n >= kept ? [i] : []));
  }

  private ofLengths(plain: string, radius: number): number[] {
    const out: number[] = [];
    for (let n = plain.length - radius; n <= plain.length + radius; n++) out.push(...(this.byShape.get(shapeKey(plain[0], n)) ?? []));
    return out;
  }
}

/** The word's letter pairs, the last letter's with the end, each keyed with the first letter. */
function pairKeys(plain: string): string[] {
  const padded = `${plain}\u0000`;
  const keys: string[] = [];
  for (let i = 0; i + 1 < padded.length; i++) keys.push(`${plain[0]}${padded[i]}${padded[i + 1]}`);
  return keys;
}

function shapeKey(first: string, length: number): string {
  return `${first}${length}`;
}
