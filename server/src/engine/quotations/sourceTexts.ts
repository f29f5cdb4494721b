import type { Source } from '../factbase/schema';
import { LineMap } from '../text/lineMap';
import { sourceWords, type Word } from './words';

/** A source text read into words once per fact base. */
export class SourceText {
  readonly words: Word[];
  private lineMap: LineMap | undefined;

  constructor(
    readonly source: Source,
    readonly text: string,
  ) {
    this.words = sourceWords(text);
  }

  /** Most checks never need a source's lines; only a misquote's passage does. */
  get lines(): LineMap {
    this.lineMap ??= new LineMap(this.text);
    return this.lineMap;
  }
}
