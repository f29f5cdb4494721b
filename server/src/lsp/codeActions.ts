import type { CodeAction, CodeActionParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { citationAction } from './citationAction';
import type { CheckedDocument, DocumentChecks } from './documentChecks';
import { fixAll, quickFix } from './fixActions';
import { ignoreAction } from './ignoreAction';
import { overlaps } from './ranges';

export async function codeActions(
  params: CodeActionParams,
  documents: TextDocuments<TextDocument>,
  checks: DocumentChecks,
): Promise<CodeAction[]> {
  const checked = await checks.checkOpen(documents, params.textDocument.uri);
  if (!checked) return [];
  const actions = [...actionsAt(checked, params.range), fixAll(checked)];
  return actions.filter((a): a is CodeAction => a !== undefined && wanted(a, params.context.only));
}

function actionsAt(checked: CheckedDocument, range: CodeActionParams['range']): (CodeAction | undefined)[] {
  const findings = checked.result.findings.filter((f) => overlaps(f.range, range));
  const supported = checked.result.supported.filter((s) => overlaps(s.range, range));
  return [
    ...findings.map((f) => quickFix(f, checked)),
    ...supported.map((s) => citationAction(s.range, s.factId, checked)),
    ...findings.map((f) => (f.factId ? citationAction(f.range, f.factId, checked) : undefined)),
    ...findings.map((f) => ignoreAction(f, checked)),
  ];
}

/** A requested kind covers its sub-kinds: "source.fixAll" asks for "source.fixAll.sourcecheck". */
function wanted(action: CodeAction, only: string[] | undefined): boolean {
  if (!only) return true;
  return only.some((kind) => action.kind === kind || action.kind?.startsWith(`${kind}.`));
}
