import type { Fact, Source } from '../factbase/schema';
import type { Finding, Range } from '../types';
import { citation, quoteOf } from './cite';
import { HOW_TO_IGNORE, type RuleDeclaration } from './declaration';

/** A contradiction rule: an error whose help sends the writer to the quoted passage. */
function contradictionRule<Id extends string>(id: Id, name: string, what: string, summary: string, description: string) {
  const help = `Check the ${what} against the quoted source passage (the related location). Apply the fix to put the sourced value in place, or, ${HOW_TO_IGNORE}`;
  return { id, name, severity: 'error', summary, description, help } as const satisfies RuleDeclaration;
}

export const DATE_CONTRADICTION = contradictionRule(
  'date-contradiction',
  'DateContradiction',
  'date',
  'A date or time of day that the sources give otherwise.',
  'The draft dates or times a sourced event differently from its source, e.g. "August 21, 2022" for a visit that the source dates 19 August 2022, or "3:37 p.m." for a bird strike at 3:27 p.m.',
);

export const FIGURE_CONTRADICTION = contradictionRule(
  'figure-contradiction',
  'FigureContradiction',
  'figure',
  'A figure, count, ordinal, age or amount that the sources give otherwise.',
  'The draft states a figure (an amount of money, a count, a distance, an age, an ordinal) that its source states differently, beyond rounding.',
);

export const NAME_CONTRADICTION = contradictionRule(
  'name-contradiction',
  'NameContradiction',
  'name',
  'The wrong person, title, place or party for a sourced event or role.',
  'The draft gives a sourced person the wrong title, or places a sourced event in the wrong place or with the wrong party, e.g. "Armenian President Nikol Pashinyan".',
);

const CONTRADICTIONS = { [DATE_CONTRADICTION.id]: DATE_CONTRADICTION, [FIGURE_CONTRADICTION.id]: FIGURE_CONTRADICTION, [NAME_CONTRADICTION.id]: NAME_CONTRADICTION };

export interface ContradictionInput {
  rule: keyof typeof CONTRADICTIONS;
  range: Range;
  claimText: string;
  /** The sourced value in the writer's format; absent when there is no single right fix. */
  expected?: string;
  sourcedValue: string;
  fact: Fact;
  source: Source | undefined;
  /** The claim stands in a quotation: it is the speaker's words, which no fix may rewrite. */
  quoted?: boolean;
}

const QUOTED_NOTE = '. The claim is inside a quotation: check what the speaker said; no fix rewrites a quotation';

/**
 * A contradiction says what the draft says, what the source says and where:
 * the three things a writer needs to decide without opening the source.
 */
export function contradiction(input: ContradictionInput): Finding {
  const { fact } = input;
  return {
    rule: input.rule,
    severity: CONTRADICTIONS[input.rule].severity,
    message: `The draft says “${input.claimText}”, but the source says ${input.sourcedValue} (${fact.event}): “${quoteOf(fact)}” — ${citation(input.source)}${input.quoted ? QUOTED_NOTE : ''}`,
    range: input.range,
    claimText: input.claimText,
    ...(input.expected !== undefined ? { expected: input.expected } : {}),
    ...(input.expected !== undefined && !input.quoted ? { fix: { newText: input.expected } } : {}),
    factId: fact.id,
    sourceId: fact.source,
  };
}
