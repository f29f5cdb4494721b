import * as path from 'node:path';
import { applyIgnores, findIgnores, type CheckOptions, type Checker, type Finding, type Ignore } from '../engine/index';
import { UNUSED_IGNORE, unusedIgnoreMessage, withoutIgnores } from '../engine/index';
import type { FileReport, ReportFinding } from './report';

/** How one draft is checked; the same for the main thread, a worker and the cache key. */
export interface DraftOptions extends CheckOptions {
  reportUnusedIgnores: boolean;
}

/** A draft's result before it has a path: plain data, so it crosses to workers and into the cache. */
export type DraftResult = Omit<FileReport, 'path'>;

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
    supported: result.supported.map((s) => ({ range: s.range, factId: s.factId })),
  };
}

function reportFinding(checker: Checker, factBaseDir: string, f: Finding): ReportFinding {
  const quote = f.passage ?? (f.factId ? checker.quoteLocation(f.factId) : undefined);
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: f.range,
    ...(f.fix ? { fix: { newText: f.fix.newText } } : {}),
    ...(f.factId ? { factId: f.factId } : {}),
    ...(f.sourceId ? { sourceId: f.sourceId } : {}),
    claimText: f.claimText,
    ...(quote ? { evidence: { file: path.join(factBaseDir, quote.file), range: quote.range } } : {}),
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

function byPosition(a: ReportFinding, b: ReportFinding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
