import type { FactBase } from '../api';
import type { ProseDocument } from '../markdown/prose';
import { misquote } from '../rules/misquote';
import type { Finding, Position, QuotedPassage, Range } from '../types';
import type { Difference } from './align';
import { matchQuotation, type QuotationMatch } from './matchQuotation';
import { PassageIndex } from './passageIndex';
import { readQuotations, type Quotation } from './readQuotations';
import { SourceText } from './sourceTexts';
import type { Word } from './words';

/**
 * The misquote rule over a draft. The source passages are indexed once per fact base;
 * matches are remembered per quotation text from one check to the next, so a keystroke
 * costs only the quotations it touched.
 */
export class MisquoteChecker {
  private readonly index: PassageIndex;
  private previous = new Map<string, QuotationMatch | undefined>();
  private current = new Map<string, QuotationMatch | undefined>();

  constructor(fb: FactBase) {
    this.index = new PassageIndex(fb.sources.flatMap((s) => {
      const text = fb.texts.get(s.id);
      return text === undefined ? [] : [new SourceText(s, text)];
    }));
  }

  /**
   * Another rule's finding wins where the two would overlap: a contradicted date in a
   * quotation is one finding, not two. A contradiction in a quotation offers no fix, as
   * the words are the speaker's, unless the quotation is of a source passage, which then
   * vouches for the sourced value: it gets the fix back.
   */
  check(text: string, doc: ProseDocument, others: Finding[] = []): { findings: Finding[]; quotations: QuotedPassage[] } {
    [this.previous, this.current] = [this.current, new Map()];
    const quotations: QuotedPassage[] = [];
    const findings = readQuotations(doc).flatMap((q) => {
      const match = this.match(doc.masked.slice(q.start, q.end));
      if (!match) return [];
      quotations.push({ range: doc.lines.range(q.start, q.end), passage: passage(match.alignment, 0, 0) });
      return match.alignment.differences.filter((d) => !acrossCut(match.alignment.text, d)).map((d) => finding(text, doc, q, match, d)).filter((f) => {
        const covering = others.filter((o) => o.factId && overlaps(o.range, f.range));
        for (const o of covering) if (!o.fix && o.expected !== undefined) o.fix = { newText: o.expected };
        return covering.length === 0;
      });
    });
    return { findings, quotations };
  }

  private match(inner: string): QuotationMatch | undefined {
    if (this.current.has(inner)) return this.current.get(inner);
    const match = this.previous.has(inner) ? this.previous.get(inner) : matchQuotation(this.index, inner);
    this.current.set(inner, match);
    return match;
  }
}

/** "[...]", "[…]": where a source saved as an excerpt was cut. */
const CUT = /\[(?:\.\.\.|…)\]/;

/**
 * A difference whose source side runs across a cut of the excerpt compares the quotation
 * with text the source does not hold: the speaker's words went on where the excerpt
 * stops, and nothing says they differ.
 */
function acrossCut(source: SourceText, d: Difference): boolean {
  const [s0, s1] = d.source;
  const from = source.word(Math.max(0, Math.min(s0, source.length) - 1)).start;
  const to = source.word(Math.max(0, Math.min(s1, source.length - 1))).end;
  return CUT.test(source.text.slice(from, to));
}

/**
 * One difference, shown and fixed with a neighbouring word when one side is empty,
 * so the range is never empty. The fix keeps the writer's neighbours and puts the
 * source's own words and punctuation between them.
 */
function finding(text: string, doc: ProseDocument, q: Quotation, { words, alignment }: QuotationMatch, d: Difference): Finding {
  const source = alignment.text;
  const [d0, d1] = d.draft;
  const [s0, s1] = d.source;
  const context = d0 === d1 || s0 === s1;
  const left = context && d0 > 0 && !words[d0].afterGap ? 1 : 0;
  const right = context && d1 < words.length && !words[d1].afterGap ? 1 : 0;
  const draft = words.slice(d0 - left, d1 + right).map((w) => ({ start: q.start + w.start, end: q.start + w.end }));
  const quoted = source.words(s0 - left, s1 + right);
  const [start, end] = [draft[0].start, draft[draft.length - 1].end];
  const [l, r] = [draft[0], draft[draft.length - 1]];
  const between = source.text.slice(left ? quoted[0].end : quoted[0].start, right ? quoted[quoted.length - 1].start : quoted[quoted.length - 1].end);
  return misquote({
    range: doc.lines.range(start, end),
    claimText: text.slice(start, end),
    draftWords: text.slice(start, end),
    sourceWords: wordsText(source.text, quoted),
    newText: (left ? text.slice(l.start, l.end) : '') + between + (right ? text.slice(r.start, r.end) : ''),
    source: source.source,
    passage: passage(alignment, s0, s1),
  });
}

function overlaps(a: Range, b: Range): boolean {
  return before(a.start, b.end) && before(b.start, a.end);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** The text from the first word to the last, punctuation between them included. */
function wordsText(text: string, words: readonly Word[]): string {
  return words.length === 0 ? '' : text.slice(words[0].start, words[words.length - 1].end);
}

function passage(alignment: QuotationMatch['alignment'], s0: number, s1: number) {
  const { text: source, passage: [p0, p1] } = alignment;
  const [start, end] = [source.word(p0).start, source.word(p1 - 1).end];
  return {
    sourceId: source.source.id,
    file: `sources/${source.source.file}`,
    range: source.lines.range(start, end),
    text: source.text.slice(start, end),
    marked: s0 < s1 ? [{ start: source.word(s0).start - start, end: source.word(s1 - 1).end - start }] : [],
  };
}
