import { applyIgnores, findIgnores, type CheckOptions, type Checker, type Finding, type Ignore } from '../engine/index';
import { UNUSED_IGNORE, unusedIgnoreMessage, withoutIgnores } from '../engine/index';
import { evidenceOf, passageEvidence } from './evidence';
import { byPosition, type FileReport, type ReportFinding } from './report';

/** How one draft is checked; the same for the main thread, a worker and the cache key. */
export interface DraftOptions extends CheckOptions {
  reportUnusedIgnores: boolean;
}

/** A draft's result before it has a path: plain data, so it crosses to workers and into the cache. */
export type DraftResult = Omit<FileReport, 'path' | 'text'>;

/** Checks one draft's text; evidence paths are absolute, for the report to make relative. */
export function checkDraft(checker: Checker, factBaseDir: string, text: string, options: DraftOptions): DraftResult {
  const { reportUnusedIgnores, ...checkOptions } = options;
  let findings: Finding[];
  let unused: Ignore[] = [];
  const result = checker.check(reportUnusedIgnores ? withoutIgnores(text) : text, checkOptions);
  if (reportUnusedIgnores) ({ kept: findings, unused } = applyIgnores(result.findings, findIgnores(text)));
  else findings = result.findings;
  return {
    findings: [...findings.map((f) => reportFinding(checker, factBaseDir, f)), ...unused.map(unusedIgnore)].sort(byPosition),
    supported: result.supported.map((s) => {
      const evidence = evidenceOf(checker, factBaseDir, s.factId);
      return { range: s.range, factId: s.factId, claimText: s.claimText, ...(evidence ? { evidence } : {}) };
    }),
  };
}

function reportFinding(checker: Checker, factBaseDir: string, f: Finding): ReportFinding {
  const evidence = f.passage ? passageEvidence(checker, factBaseDir, f.passage) : f.factId ? evidenceOf(checker, factBaseDir, f.factId) : undefined;
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: f.range,
    ...(f.fix ? { fix: { newText: f.fix.newText } } : {}),
    ...(f.factId ? { factId: f.factId } : {}),
    ...(f.sourceId ? { sourceId: f.sourceId } : {}),
    claimText: f.claimText,
    ...(evidence ? { evidence } : {}),
  };
}

function unusedIgnore(ig: Ignore): ReportFinding {
  return {
    rule: UNUSED_IGNORE.id,
    severity: UNUSED_IGNORE.severity,
    message: unusedIgnoreMessage(ig),
    range: { start: { line: ig.commentLine, character: ig.commentStart }, end: { line: ig.commentLine, character: ig.commentEnd } },
    claimText: ig.claim ?? '',
  };
}
