import { MarkupKind, type Hover, type HoverParams, type Position, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedDocument, DocumentChecks } from './documentChecks';
import { findingHover, mentionHover, supportHover } from './hoverContent';
import { pointedAt } from './pointedAt';

export async function hover(
  params: HoverParams,
  documents: TextDocuments<TextDocument>,
  checks: DocumentChecks,
): Promise<Hover | null> {
  const checked = await checks.checkOpen(documents, params.textDocument.uri);
  const found = checked && explain(checked, params.position);
  if (!found) return null;
  return { contents: { kind: MarkupKind.Markdown, value: found.value }, range: found.range };
}

function explain(checked: CheckedDocument, position: Position): Pick<Hover, 'range'> & { value: string } | undefined {
  const pointed = pointedAt(checked.result, position);
  if (!pointed) return undefined;
  if (pointed.kind === 'finding') return { range: pointed.finding.range, value: findingHover(pointed.finding, checked) };
  if (pointed.kind === 'support') return { range: pointed.support.range, value: supportHover(pointed.support, checked) };
  const value = mentionHover(pointed.mention, checked);
  return value ? { range: pointed.mention.range, value } : undefined;
}
