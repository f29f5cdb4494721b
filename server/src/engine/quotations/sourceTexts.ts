import type { Source } from '../factbase/schema';
import { LineMap } from '../text/lineMap';
import { folded, sourceWordSpans, wordAt, type Word } from './words';

/**
 * A source text read into words once per fact base. Only the words' places are kept
 * (eight bytes a word); a Word is made when an alignment asks for it, which is for a
 * few windows of a few sources per quotation.
 */
export class SourceText {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private lineMap: LineMap | undefined;

  constructor(
    readonly source: Source,
    readonly text: string,
  ) {
    [this.starts, this.ends] = sourceWordSpans(text);
  }

  get length(): number {
    return this.starts.length;
  }

  word(i: number): Word {
    return wordAt(this.text, this.starts[i], this.ends[i]);
  }

  /** Words [from, to), clipped to the text. */
  words(from: number, to: number): Word[] {
    const out: Word[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) out.push(this.word(i));
    return out;
  }

  /** Case-blind words in order, for the pair index. */
  *keys(): Generator<string> {
    for (let i = 0; i < this.length; i++) yield folded(this.word(i));
  }

  /** Most checks never need a source's lines; only a misquote's passage does. */
  get lines(): LineMap {
    this.lineMap ??= new LineMap(this.text);
    return this.lineMap;
  }
}
