import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSummary, DocumentSummaryParams } from '../shared/protocol';
import type { CheckedDocument, DocumentChecks } from './documentChecks';
import { sourcesOf } from './draftSources';
import { findingVerdict } from './verdict';

/** The counts behind the status bar and the sources behind "list sources". */
export async function documentSummary(
  params: DocumentSummaryParams,
  documents: TextDocuments<TextDocument>,
  checks: DocumentChecks,
): Promise<DocumentSummary | null> {
  const checked = await checks.checkOpen(documents, params.uri);
  return checked ? summarize(checked) : null;
}

function summarize(checked: CheckedDocument): DocumentSummary {
  const { findings, supported } = checked.result;
  return {
    sourced: supported.length,
    contradicted: findings.filter((f) => findingVerdict(f) === 'contradicted').length,
    unsourced: findings.filter((f) => findingVerdict(f) === 'unsourced').length,
    sources: sourcesOf(checked).sources.map(({ id, title, author, uri, claims }) => ({ id, title, author, count: claims.length, uri })),
  };
}
