import * as path from 'node:path';
import type { DraftResult } from './checkDraft';
import type { DraftPlan } from './plan';
import type { Evidence, FileReport } from './report';

/** A draft's result under its report path, with its text, its evidence relative to the working folder when inside it. */
export function fileReport(plan: DraftPlan, result: DraftResult, cwd: string): FileReport {
  const relative = <T extends { evidence?: Evidence }>(x: T): T => (x.evidence ? { ...x, evidence: { ...x.evidence, file: relativeOrAbsolute(cwd, x.evidence.file) } } : x);
  return {
    path: plan.reportPath,
    text: plan.text,
    findings: result.findings.map(relative),
    supported: result.supported.map(relative),
  };
}

function relativeOrAbsolute(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}
