import { RequestType, RequestType0, type Location, type Range } from 'vscode-languageserver-protocol';

/**
 * The custom messages between the client and the server, declared once and
 * imported by both sides.
 */

export interface DocumentSummaryParams {
  uri: string;
}

export interface SourceUse {
  id: string;
  title: string;
  author?: string;
  /** How many of the draft's claims rest on this source. */
  count: number;
  /** The source text's file URI, for opening it. */
  uri: string;
}

export interface DocumentSummary {
  sourced: number;
  contradicted: number;
  unsourced: number;
  sources: SourceUse[];
}

export const DocumentSummaryRequest = new RequestType<DocumentSummaryParams, DocumentSummary | null, void>(
  'sourcecheck/documentSummary',
);

export type Verdict = 'supported' | 'contradicted' | 'unsourced';

/** A claim of the draft as the Sources view lists it. */
export interface SourcedClaim {
  verdict: Verdict;
  /** In the draft. */
  range: Range;
  claimText: string;
  /** What the source says instead, in the writer's format, for a contradicted claim. */
  expected?: string;
  /** The finding's message, or the fact in one line for a supported claim. */
  detail: string;
  /** The quote in the source text, for opening it there. */
  quote?: Location;
}

export interface DraftSource {
  id: string;
  title: string;
  author?: string;
  /** As readers see it: "19 August 2022", "2022 (inferred)". */
  date?: string;
  /** The source text's file URI. */
  uri: string;
  /** The claims it supports or contradicts, in the draft's order. */
  claims: SourcedClaim[];
}

/** The Sources view of a draft: the sources its claims rest on, then the claims no source covers. */
export interface DraftSources {
  sources: DraftSource[];
  unsourced: SourcedClaim[];
}

export const DraftSourcesRequest = new RequestType<DocumentSummaryParams, DraftSources | null, void>('sourcecheck/draftSources');

export interface FactBaseParams {
  /** The document whose fact base is wanted; the first workspace folder's when absent. */
  uri?: string;
}

export interface FactBaseInfo {
  dir: string;
  /** True while the folder's own files are invalid and a previous version is in use. */
  usingLastGood: boolean;
  /** Human-readable "file:line:col: reason" lines, empty when the fact base is valid. */
  problems: string[];
}

export const FactBaseRequest = new RequestType<FactBaseParams, FactBaseInfo, void>('sourcecheck/factBase');

/** Re-reads every fact base in use and re-checks every open draft. */
export const RecheckRequest = new RequestType0<void, void>('sourcecheck/recheck');

export interface ProposeFactsParams {
  /** The source text's URI: its file name finds its entry in sources.json. */
  uri: string;
  /** The text as the editor holds it, saved or not. */
  text: string;
}

/** What `facts extract` would write for one source, as one reviewable document. */
export interface ProposedFacts {
  /** The fact base folder whose entities and sources the proposals build on. */
  dir: string;
  facts: unknown[];
  entities: unknown[];
  sources: unknown[];
}

export const ProposeFactsRequest = new RequestType<ProposeFactsParams, ProposedFacts, void>('sourcecheck/proposeFacts');
