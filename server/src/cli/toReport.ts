import * as path from 'node:path';
import type { DraftResult } from './checkDraft';
import type { DraftPlan } from './plan';
import type { FileReport } from './report';

/** A draft's result under its report path, its evidence relative to the working folder when inside it. */
export function fileReport(plan: DraftPlan, result: DraftResult, cwd: string): FileReport {
  return {
    path: plan.reportPath,
    findings: result.findings.map((f) => (f.evidence ? { ...f, evidence: { ...f.evidence, file: relativeOrAbsolute(cwd, f.evidence.file) } } : f)),
    supported: result.supported,
  };
}

function relativeOrAbsolute(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}
