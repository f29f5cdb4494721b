/**
 * Every adjacent pair of words in the source texts, laid out in typed arrays: word ids
 * in text order, and the positions of each pair grouped by a hash of the pair. A fact
 * base with 7 MB of source text costs some 20 MB here, where a map of pair strings to
 * position objects cost 200 MB.
 */
export class PairTable {
  private readonly vocabulary = new Map<string, number>();
  /** Word ids of all texts in a row, -1 between texts so that no pair spans two. */
  private readonly ids: Int32Array;
  /** Where each text's first word stands in `ids`. */
  private readonly bases: number[] = [];
  private readonly bucketStarts: Int32Array;
  private readonly positions: Int32Array;
  private readonly mask: number;

  constructor(texts: ReadonlyArray<Iterable<string>>) {
    const ids: number[] = [];
    for (const words of texts) {
      this.bases.push(ids.length);
      for (const w of words) ids.push(this.intern(w));
      ids.push(-1);
    }
    this.ids = Int32Array.from(ids);
    this.mask = 2 ** Math.ceil(Math.log2(Math.max(2, ids.length))) - 1;
    const buckets = new Int32Array(ids.length).fill(-1);
    for (let p = 0; p + 1 < ids.length; p++) if (ids[p] >= 0 && ids[p + 1] >= 0) buckets[p] = this.bucket(ids[p], ids[p + 1]);
    const starts = new Int32Array(this.mask + 2);
    for (const b of buckets) if (b >= 0) starts[b + 1]++;
    for (let b = 0; b <= this.mask; b++) starts[b + 1] += starts[b];
    const positions = new Int32Array(starts[this.mask + 1]);
    const filled = starts.slice(0, this.mask + 1);
    buckets.forEach((b, p) => {
      if (b >= 0) positions[filled[b]++] = p;
    });
    [this.bucketStarts, this.positions] = [starts, positions];
  }

  /** Where the pair stands, as [text, word] pairs; none when it stands in more than `limit` places. */
  find(a: string, b: string, limit: number): Array<readonly [number, number]> {
    const [x, y] = [this.vocabulary.get(a), this.vocabulary.get(b)];
    if (x === undefined || y === undefined) return [];
    const bucket = this.bucket(x, y);
    const out: Array<readonly [number, number]> = [];
    for (let i = this.bucketStarts[bucket]; i < this.bucketStarts[bucket + 1]; i++) {
      const p = this.positions[i];
      if (this.ids[p] !== x || this.ids[p + 1] !== y) continue;
      if (out.length === limit) return [];
      const text = this.textAt(p);
      out.push([text, p - this.bases[text]]);
    }
    return out;
  }

  private intern(word: string): number {
    let id = this.vocabulary.get(word);
    if (id === undefined) this.vocabulary.set(word, (id = this.vocabulary.size));
    return id;
  }

  private bucket(x: number, y: number): number {
    return (Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 1, 0x85ebca77)) & this.mask;
  }

  private textAt(p: number): number {
    let [lo, hi] = [0, this.bases.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.bases[mid] <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
