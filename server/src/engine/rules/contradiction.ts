import type { Fact, Source } from '../factbase/schema';
import type { Finding, Range, RuleId } from '../types';
import { citation, quoteOf } from './cite';

export interface ContradictionInput {
  rule: Extract<RuleId, 'date-contradiction' | 'figure-contradiction' | 'name-contradiction'>;
  range: Range;
  claimText: string;
  /** The sourced value in the writer's format; absent when there is no single right fix. */
  expected?: string;
  sourcedValue: string;
  fact: Fact;
  source: Source | undefined;
}

/**
 * A contradiction says what the draft says, what the source says and where:
 * the three things a writer needs to decide without opening the source.
 */
export function contradiction(input: ContradictionInput): Finding {
  const { fact } = input;
  return {
    rule: input.rule,
    severity: 'error',
    message: `The draft says “${input.claimText}”, but the source says ${input.sourcedValue} (${fact.event}): “${quoteOf(fact)}” — ${citation(input.source)}`,
    range: input.range,
    claimText: input.claimText,
    ...(input.expected !== undefined ? { expected: input.expected, fix: { newText: input.expected } } : {}),
    factId: fact.id,
    sourceId: fact.source,
  };
}
