import type { CalendarDate, FactValue } from '../factbase/schema';
import type { CheckerParts } from '../verdicts/parts';
import type { ReadSentence } from '../claims/sentence';
import { calendarDate } from './calendarDate';
import type { Span } from './quote';
import type { SourceDate } from './types';

/** A sentence of a source as the engine read it, with what a proposal needs around it. */
export interface SourceSentence {
  /** The source's text, masked as a draft's would be; offsets are the source's. */
  masked: string;
  read: ReadSentence;
  parts: CheckerParts;
  date?: SourceDate;
  /** The entities the source named up to this sentence, in the order named: what "the bridge" may refer back to. */
  earlier: readonly string[];
}

/** A value read in a sentence, before it becomes a fact. */
export interface Found {
  value: FactValue;
  /** Where the value stands in the source. */
  span: Span;
  /** A word for the fact's id: "date", "count", "role". */
  label: string;
  /** Entities the value names, beside those the sentence names. */
  entities?: string[];
  /** Entities the quote names that the value is not about: the other names of a list. */
  others?: string[];
  when?: CalendarDate;
  whenInferred?: { parts: Array<'year' | 'month' | 'day'>; reason: string };
  /** Does the quote need the whole sentence (a day whose month stands elsewhere in it)? */
  wholeSentence?: boolean;
  note?: string;
}

/** The first date of the sentence that has a year: when a figure or a title in it holds. */
export function statedWhen(s: SourceSentence): CalendarDate | undefined {
  const d = s.read.ctx.dates.find((c) => c.date.year !== undefined && !c.to);
  if (!d || d.date.year === undefined) return undefined;
  return calendarDate(d.date, d.date.year);
}
