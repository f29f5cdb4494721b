import type { Checker, Range } from '../engine/index';
import type { DraftResult } from './checkDraft';
import type { DraftPlan } from './plan';

export type Verdict = 'supported' | 'contradicted' | 'unsourced';

export interface CoveredClaim {
  verdict: Verdict;
  /** The draft's own words for the claim. */
  text: string;
  range: Range;
  factId?: string;
  sourceId?: string;
}

export interface SourceUse {
  id: string;
  title: string;
  supported: number;
  contradicted: number;
}

export interface DraftCoverage {
  path: string;
  claims: CoveredClaim[];
  summary: Record<Verdict, number>;
  /** The sources that the draft's supported and contradicted claims come from, most used first. */
  sources: SourceUse[];
}

export interface CoverageReport {
  version: 1;
  drafts: DraftCoverage[];
}

const CONTRADICTIONS = new Set(['date-contradiction', 'figure-contradiction', 'name-contradiction']);

/** What each draft claims and what backs it, from the same results that `check` reports. */
export function coverageOf(plan: DraftPlan, result: DraftResult, checker: Checker): DraftCoverage {
  const supported = result.supported.map((s): CoveredClaim => ({ verdict: 'supported', text: textIn(plan.text, s.range), range: s.range, factId: s.factId, sourceId: checker.fact(s.factId)?.source }));
  const judged = result.findings.flatMap((f): CoveredClaim[] => {
    const verdict = CONTRADICTIONS.has(f.rule) ? 'contradicted' : f.rule === 'unsourced-claim' ? 'unsourced' : undefined;
    return verdict ? [{ verdict, text: f.claimText, range: f.range, factId: f.factId, sourceId: f.sourceId }] : [];
  });
  const claims = [...supported, ...judged].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const count = (v: Verdict) => claims.filter((c) => c.verdict === v).length;
  return { path: plan.reportPath, claims, summary: { supported: count('supported'), contradicted: count('contradicted'), unsourced: count('unsourced') }, sources: sourcesOf(claims, checker) };
}

function sourcesOf(claims: CoveredClaim[], checker: Checker): SourceUse[] {
  const uses = new Map<string, SourceUse>();
  for (const c of claims) {
    if (!c.sourceId || c.verdict === 'unsourced') continue;
    const use = uses.get(c.sourceId) ?? { id: c.sourceId, title: checker.source(c.sourceId)?.title ?? '', supported: 0, contradicted: 0 };
    use[c.verdict] += 1;
    uses.set(c.sourceId, use);
  }
  return [...uses.values()].sort((a, b) => b.supported + b.contradicted - (a.supported + a.contradicted) || a.id.localeCompare(b.id));
}

/** The text a range covers; a claim may run over a line break. */
function textIn(text: string, range: Range): string {
  const lines = text.split('\n').slice(range.start.line, range.end.line + 1);
  if (lines.length === 1) return lines[0].slice(range.start.character, range.end.character);
  return [lines[0].slice(range.start.character), ...lines.slice(1, -1), lines[lines.length - 1].slice(0, range.end.character)].join('\n');
}
