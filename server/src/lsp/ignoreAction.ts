import { CodeActionKind, TextEdit, type CodeAction } from 'vscode-languageserver/node';
import type { Finding } from '../engine/index';
import type { CheckedDocument } from './documentChecks';
import { findingToDiagnostic } from './findingToDiagnostic';

/**
 * "Ignore this claim": an HTML comment at the end of the claim's line, which the
 * engine honours for the CLI too. A claim that would close the comment early
 * cannot be ignored this way.
 */
export function ignoreAction(finding: Finding, checked: CheckedDocument): CodeAction | undefined {
  if (finding.claimText.includes('--') || finding.claimText.includes('>')) return undefined;
  const line = finding.range.start.line;
  const text = (checked.text.split('\n')[line] ?? '').replace(/\r$/, '');
  const comment = `${text.endsWith(' ') ? '' : ' '}<!-- sourcecheck-ignore: ${finding.claimText} -->`;
  return {
    title: `Ignore “${finding.claimText}” here`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [findingToDiagnostic(finding, checked)],
    edit: { changes: { [checked.uri]: [TextEdit.insert({ line, character: text.length }, comment)] } },
  };
}
