import type { Finding } from '../engine/index';
import type { Verdict } from '../shared/protocol';

/** A finding's verdict on its claim; a misspelt name is no verdict on a claim. */
export function findingVerdict(finding: Finding): Exclude<Verdict, 'supported'> | undefined {
  if (finding.rule === 'unsourced-claim') return 'unsourced';
  return finding.rule.endsWith('-contradiction') ? 'contradicted' : undefined;
}
