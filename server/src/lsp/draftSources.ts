import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Support } from '../engine/index';
import type { DocumentSummaryParams, DraftSource, DraftSources, SourcedClaim } from '../shared/protocol';
import type { CheckedDocument, DocumentChecks } from './documentChecks';
import { quoteInSource } from './quoteInSource';
import { compareRanges } from './ranges';
import { sourceDate } from '../shared/sourceDetails';
import { factFileUri } from './uris';
import { findingVerdict } from './verdict';

/** What the Sources view shows for a draft. */
export async function draftSources(
  params: DocumentSummaryParams,
  documents: TextDocuments<TextDocument>,
  checks: DocumentChecks,
): Promise<DraftSources | null> {
  const checked = await checks.checkOpen(documents, params.uri);
  return checked ? sourcesOf(checked) : null;
}

interface Placed {
  sourceId?: string;
  claim: SourcedClaim;
}

/** The sources the most claims rest on come first; each one's claims in the draft's order. */
export function sourcesOf(checked: CheckedDocument): DraftSources {
  const { findings, supported } = checked.result;
  const placed = [...supported.map((s) => supportedClaim(s, checked)), ...findings.flatMap((f) => foundClaim(f, checked))]
    .sort((a, b) => compareRanges(a.claim.range, b.claim.range));
  const bySource = new Map<string, SourcedClaim[]>();
  for (const { sourceId, claim } of placed) {
    if (sourceId && claim.verdict !== 'unsourced') bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), claim]);
  }
  const sources = [...bySource].flatMap(([id, claims]) => draftSource(id, claims, checked));
  return {
    sources: sources.sort((a, b) => b.claims.length - a.claims.length || a.title.localeCompare(b.title)),
    unsourced: placed.filter((p) => p.claim.verdict === 'unsourced').map((p) => p.claim),
  };
}

function supportedClaim(support: Support, checked: CheckedDocument): Placed {
  const { range, claimText, factId, sourceId } = support;
  const detail = checked.checker.describe(factId) ?? claimText;
  return { sourceId, claim: { verdict: 'supported', range, claimText, detail, quote: quoteInSource(factId, checked) } };
}

function foundClaim(finding: Finding, checked: CheckedDocument): Placed[] {
  const verdict = findingVerdict(finding);
  if (!verdict) return [];
  const { range, claimText, expected, message, factId, sourceId } = finding;
  const quote = factId ? quoteInSource(factId, checked) : undefined;
  return [{ sourceId, claim: { verdict, range, claimText, expected, detail: message, quote } }];
}

function draftSource(id: string, claims: SourcedClaim[], checked: CheckedDocument): DraftSource[] {
  const source = checked.checker.source(id);
  if (!source) return [];
  const date = source.date ? sourceDate(source.date) : undefined;
  const uri = factFileUri(checked.dir, `sources/${source.file}`);
  return [{ id, title: source.title, author: source.author, date, uri, claims }];
}
