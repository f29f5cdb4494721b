import type { Source } from '../factbase/schema';
import { LineMap } from '../text/lineMap';
import { sourceWords, type Word } from './words';

/**
 * A source text, read into words the first time a quotation is aligned with it: a big
 * base has thousands of sources that no draft quotes.
 */
export class SourceText {
  private wordList: Word[] | undefined;
  private lineMap: LineMap | undefined;

  constructor(
    readonly source: Source,
    readonly text: string,
  ) {}

  get words(): Word[] {
    this.wordList ??= sourceWords(this.text);
    return this.wordList;
  }

  /** Most checks never need a source's lines; only a misquote's passage does. */
  get lines(): LineMap {
    this.lineMap ??= new LineMap(this.text);
    return this.lineMap;
  }
}
