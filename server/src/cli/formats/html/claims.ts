import type { Range } from '../../../engine/index';
import { byPosition, type Evidence, type FileReport } from '../../report';

export type Verdict = 'supported' | 'contradicted' | 'unsourced' | 'other';

export const VERDICTS: readonly Verdict[] = ['supported', 'contradicted', 'unsourced', 'other'];

/** One claim as the report shows it; `n` numbers it within its draft, in reading order. */
export interface ShownClaim {
  n: number;
  verdict: Verdict;
  range: Range;
  claimText: string;
  rule?: string;
  message?: string;
  fix?: string;
  evidence?: Evidence;
}

const CONTRADICTIONS = new Set(['date-contradiction', 'figure-contradiction', 'name-contradiction']);

/** By rule, not severity: a contradiction a config turns down to a warning is still one. */
function verdictOf(rule: string): Verdict {
  if (CONTRADICTIONS.has(rule)) return 'contradicted';
  return rule === 'unsourced-claim' ? 'unsourced' : 'other';
}

/** Every supported claim and every finding of a draft, in reading order. */
export function claimsOf(file: FileReport): ShownClaim[] {
  const supported = file.supported.map((s) => ({ verdict: 'supported' as const, range: s.range, claimText: s.claimText, evidence: s.evidence }));
  const found = file.findings.map((f) => ({
    verdict: verdictOf(f.rule),
    range: f.range,
    claimText: f.claimText,
    rule: f.rule,
    message: f.message,
    fix: f.fix?.newText,
    evidence: f.evidence,
  }));
  return [...supported, ...found].sort(byPosition).map((c, i) => ({ ...c, n: i + 1 }));
}

export function countsOf(claims: readonly ShownClaim[]): Record<Verdict, number> {
  const counts = { supported: 0, contradicted: 0, unsourced: 0, other: 0 };
  for (const c of claims) counts[c.verdict]++;
  return counts;
}
