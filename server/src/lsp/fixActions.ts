import { CodeActionKind, TextEdit, type CodeAction } from 'vscode-languageserver/node';
import type { Finding, Fix } from '../engine/index';
import type { CheckedDocument } from './documentChecks';
import { findingToDiagnostic } from './findingToDiagnostic';
import { compareRanges, endsBefore } from './ranges';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.sourcecheck`;

type FixableFinding = Finding & { fix: Fix };

/** The preferred fix of one finding: the sourced value in the writer's format. */
export function quickFix(finding: Finding, checked: CheckedDocument): CodeAction | undefined {
  if (!finding.fix) return undefined;
  return {
    title: `Change to “${finding.fix.newText}”, as the source says`,
    kind: CodeActionKind.QuickFix,
    isPreferred: true,
    diagnostics: [findingToDiagnostic(finding, checked)],
    edit: { changes: { [checked.uri]: [TextEdit.replace(finding.range, finding.fix.newText)] } },
  };
}

/** Every fix in the draft at once; of two fixes that collide only the first is kept. */
export function fixAll(checked: CheckedDocument): CodeAction | undefined {
  const fixable = checked.result.findings
    .filter((f): f is FixableFinding => f.fix !== undefined)
    .sort((a, b) => compareRanges(a.range, b.range));
  const edits: TextEdit[] = [];
  for (const finding of fixable) {
    const last = edits[edits.length - 1];
    if (!last || endsBefore(last.range, finding.range)) edits.push(TextEdit.replace(finding.range, finding.fix.newText));
  }
  if (edits.length === 0) return undefined;
  return { title: 'Fix all Source Check findings', kind: FIX_ALL_KIND, edit: { changes: { [checked.uri]: edits } } };
}
