import type { Entity, Fact, Source } from './factbase/schema';
import type { KindDeclarations } from './factbase/kinds';
import type { CheckOptions, CheckResult, Problem, Range } from './types';

/**
 * A fact base as text: paths relative to its folder ("facts.json",
 * "sources/003_x.txt") mapped to their contents. The engine reads no files;
 * its hosts (CLI, server) do, and hand the text over.
 */
export type FactBaseFiles = ReadonlyMap<string, string>;

export interface FactBase {
  readonly sources: readonly Source[];
  readonly entities: readonly Entity[];
  /** The roles of the base's own kinds, over the bundled ones (kinds.ts). */
  readonly kinds?: KindDeclarations;
  readonly facts: readonly Fact[];
  /** Source id -> the source's full text. */
  readonly texts: ReadonlyMap<string, string>;
}

export interface LoadOptions {
  /**
   * Whether to look for the problems that leave a base usable (crossCheck.ts), true
   * unless false: a check that only needs the base skips reading every quote for them.
   */
  warnings?: boolean;
}

export interface LoadResult {
  factBase?: FactBase;
  /** Every problem found, with its file and place; empty when the fact base is valid. */
  problems: Problem[];
}

/** Where a fact's quote stands in its source text. */
export interface QuoteLocation {
  sourceId: string;
  /** Path relative to the fact base folder, e.g. "sources/001_x.txt". */
  file: string;
  range: Range;
}

export interface Checker {
  check(text: string, options?: CheckOptions): CheckResult;
  fact(id: string): Fact | undefined;
  source(id: string): Source | undefined;
  entity(id: string): Entity | undefined;
  quoteLocation(factId: string): QuoteLocation | undefined;
  /** The fact in one line: "Tokayev visits Sochi: 19 August 2022". */
  describe(factId: string): string | undefined;
}
