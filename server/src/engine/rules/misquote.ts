import type { Source } from '../factbase/schema';
import type { Finding, Range, SourcePassage } from '../types';
import { citation } from './cite';
import type { RuleDeclaration } from './declaration';

export const MISQUOTE = {
  id: 'misquote',
  name: 'Misquote',
  severity: 'warning',
  summary: 'A quotation that differs from the source passage it quotes: a word changed, left out or added.',
  description:
    'A passage in quotation marks or a blockquote closely follows a passage of a source text, most of its words in order, but a word is changed, left out or added. An ellipsis marks an omission and is no difference; nor are curly against straight quotes, dashes, or a capitalised first letter.',
  help: "Apply the fix to put the source's exact words in place, or mark an omission with an ellipsis (… or [...]). If the quotation comes from another telling than the source's, add `<!-- sourcecheck-ignore: claim -- reason -->` on the line.",
} as const satisfies RuleDeclaration;

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
    rule: MISQUOTE.id,
    severity: MISQUOTE.severity,
    message: `The quotation has “${input.draftWords}”, but the source has “${input.sourceWords}” — ${citation(input.source)}`,
    range: input.range,
    claimText: input.claimText,
    expected: input.newText,
    fix: { newText: input.newText },
    sourceId: input.source.id,
    passage: input.passage,
  };
}
