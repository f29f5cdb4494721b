import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSummary, DocumentSummaryParams, SourceUse } from '../shared/protocol';
import type { CheckedDocument, DocumentChecks } from './documentChecks';
import { factFileUri } from './uris';

/** The counts behind the status bar and the sources behind "list sources". */
export async function documentSummary(
  params: DocumentSummaryParams,
  documents: TextDocuments<TextDocument>,
  checks: DocumentChecks,
): Promise<DocumentSummary | null> {
  const document = documents.get(params.uri);
  if (!document) return null;
  const checked = await checks.check(document);
  return checked ? summarize(checked) : null;
}

function summarize(checked: CheckedDocument): DocumentSummary {
  const { findings, supported } = checked.result;
  return {
    sourced: supported.length,
    contradicted: findings.filter((f) => f.rule.endsWith('-contradiction')).length,
    unsourced: findings.filter((f) => f.rule === 'unsourced-claim').length,
    sources: sourcesUsed(checked),
  };
}

/** A source is relied on by the claims it supports and by the ones it contradicts. */
function sourcesUsed(checked: CheckedDocument): SourceUse[] {
  const counts = new Map<string, number>();
  const ids = [...checked.result.supported.map((s) => s.sourceId), ...checked.result.findings.map((f) => f.sourceId)];
  for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  const uses: SourceUse[] = [];
  for (const [id, count] of counts) {
    const source = checked.checker.source(id);
    if (!source) continue;
    const uri = factFileUri(checked.dir, `sources/${source.file}`);
    uses.push({ id, title: source.title, author: source.author, count, uri });
  }
  return uses.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
}
