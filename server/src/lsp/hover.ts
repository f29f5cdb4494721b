import { MarkupKind, type Hover, type HoverParams, type Position, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedDocument, DocumentChecks } from './documentChecks';
import { findingHover, mentionHover, supportHover } from './hoverContent';
import { contains } from './ranges';

export async function hover(
  params: HoverParams,
  documents: TextDocuments<TextDocument>,
  checks: DocumentChecks,
): Promise<Hover | null> {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const checked = await checks.check(document);
  const found = checked && explain(checked, params.position);
  if (!found) return null;
  return { contents: { kind: MarkupKind.Markdown, value: found.value }, range: found.range };
}

/** A finding says more than the support or the name it overlaps, so it wins. */
function explain(checked: CheckedDocument, position: Position): Pick<Hover, 'range'> & { value: string } | undefined {
  const { findings, supported, mentions } = checked.result;
  const finding = findings.find((f) => contains(f.range, position));
  if (finding) return { range: finding.range, value: findingHover(finding, checked) };
  const support = supported.find((s) => contains(s.range, position));
  if (support) return { range: support.range, value: supportHover(support, checked) };
  const mention = mentions.find((m) => contains(m.range, position));
  const value = mention && mentionHover(mention, checked);
  return mention && value ? { range: mention.range, value } : undefined;
}
