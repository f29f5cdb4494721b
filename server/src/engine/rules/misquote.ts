import type { Source } from '../factbase/schema';
import type { Finding, Range, SourcePassage } from '../types';
import { citation } from './cite';

export interface MisquoteInput {
  range: Range;
  claimText: string;
  /** The quotation's words where it departs from the source, with a neighbour when it only adds or drops words. */
  draftWords: string;
  sourceWords: string;
  /** The source's exact words for the range. */
  newText: string;
  source: Source;
  passage: SourcePassage;
}

/** A quotation that departs from the passage it quotes: a warning, since the writer may quote another telling. */
export function misquote(input: MisquoteInput): Finding {
  return {
    rule: 'misquote',
    severity: 'warning',
    message: `The quotation has “${input.draftWords}”, but the source has “${input.sourceWords}” — ${citation(input.source)}`,
    range: input.range,
    claimText: input.claimText,
    expected: input.newText,
    fix: { newText: input.newText },
    sourceId: input.source.id,
    passage: input.passage,
  };
}
