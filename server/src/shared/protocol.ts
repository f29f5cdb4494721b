import { RequestType, RequestType0 } from 'vscode-languageserver-protocol';

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
