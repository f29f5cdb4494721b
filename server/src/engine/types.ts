/**
 * The engine's boundary types. Ranges have the Language Server Protocol's shape
 * (0-based lines, UTF-16 characters) but are declared here so that the engine
 * imports nothing from the protocol packages.
 */
import type { RuleId } from './rules/registry';

export type { RuleId } from './rules/registry';
export { RULE_IDS } from './rules/registry';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type ClaimKind = 'date' | 'figure' | 'name';

export interface Fix {
  /** Replaces exactly the finding's range. */
  newText: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  range: Range;
  /** The draft's own words for the claim, as they stand in the range. */
  claimText: string;
  /** The sourced value rendered in the writer's format, when there is one. */
  expected?: string;
  fix?: Fix;
  factId?: string;
  sourceId?: string;
  /** For a misquote: the source passage the quotation follows. */
  passage?: SourcePassage;
}

/** A passage of a source text, with the words a misquote changed or left out marked. */
export interface SourcePassage {
  sourceId: string;
  /** Path relative to the fact base folder, e.g. "sources/001_x.txt". */
  file: string;
  /** Where the passage stands in the source text. */
  range: Range;
  text: string;
  /** Offsets into `text`. */
  marked: Array<{ start: number; end: number }>;
}

/** A claim that agrees with a fact: hovers and coverage need these too. */
export interface Support {
  kind: ClaimKind;
  range: Range;
  claimText: string;
  factId: string;
  sourceId: string;
}

/** A known name in the draft, for hovers on people, places and organizations. */
export interface NameMention {
  range: Range;
  text: string;
  entityId: string;
}

export interface CheckResult {
  findings: Finding[];
  supported: Support[];
  mentions: NameMention[];
  /** Quotations that follow a passage of a source, word for word or nearly: where Go to Definition leads. */
  quotations: QuotedPassage[];
}

/** A quotation in the draft and the source passage it follows. */
export interface QuotedPassage {
  range: Range;
  passage: SourcePassage;
}

/** A problem found while reading a fact base or a config: errors are data here. */
export interface Problem {
  file: string;
  /** 0-based, like every position in the engine. */
  line: number;
  character: number;
  message: string;
  /** A warning leaves the fact base usable; an error, the default, stops it from loading. */
  severity?: 'error' | 'warning';
}

export type SeverityOverrides = Partial<Record<RuleId, Severity | 'off'>>;

export interface CheckOptions {
  severity?: SeverityOverrides;
  /**
   * How far a rounded figure may stray from the sourced one and still be read as a
   * rounding of it, as a fraction (0.05 = 5 %). Hedged figures ("about", "roughly")
   * are always compared with this tolerance; bare figures must be exact.
   */
  roundingTolerance?: number;
}
