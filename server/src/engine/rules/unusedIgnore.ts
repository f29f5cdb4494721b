import type { Ignore } from '../ignores';
import type { RuleDeclaration } from './declaration';

/** Reported by the CLI with --report-unused-ignores: about the draft's own comments, so no setting changes its severity. */
export const UNUSED_IGNORE = {
  id: 'unused-ignore',
  name: 'UnusedIgnore',
  severity: 'warning',
  summary: 'A sourcecheck-ignore comment that suppresses nothing.',
  description: 'An inline sourcecheck-ignore comment no longer matches any finding: the claim was fixed, reworded or moved. Reported with --report-unused-ignores.',
  help: 'Remove the comment, or correct the claim text it names.',
} as const satisfies RuleDeclaration;

export function unusedIgnoreMessage(ig: Ignore): string {
  const what = ig.claim ? `“${ig.claim}” on line ${ig.line + 1}` : `anything on line ${ig.line + 1}`;
  return `This sourcecheck-ignore suppresses nothing: there is no finding for ${what}${ig.reason ? ` (its reason: ${ig.reason})` : ''}. Remove it.`;
}
