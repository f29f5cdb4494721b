import type { CheckResult, Finding, Range } from '../engine/index';

/** The JSON report: a contract read by tools outside the project. Keep it stable. */
export interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  range: Range;
  fix?: { newText: string };
  factId?: string;
  sourceId?: string;
}

export interface FileReport {
  path: string;
  findings: JsonFinding[];
  supported: Array<{ range: Range; factId: string }>;
}

export interface Report {
  version: 1;
  files: FileReport[];
  summary: { files: number; errors: number; warnings: number; infos: number; supported: number };
}

export function fileReport(path: string, result: CheckResult): FileReport {
  return {
    path,
    findings: result.findings.map(jsonFinding),
    supported: result.supported.map((s) => ({ range: s.range, factId: s.factId })),
  };
}

function jsonFinding(f: Finding): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: f.range,
    ...(f.fix ? { fix: { newText: f.fix.newText } } : {}),
    ...(f.factId ? { factId: f.factId } : {}),
    ...(f.sourceId ? { sourceId: f.sourceId } : {}),
  };
}

export function buildReport(files: FileReport[]): Report {
  const count = (sev: string) => files.reduce((n, f) => n + f.findings.filter((x) => x.severity === sev).length, 0);
  return {
    version: 1,
    files,
    summary: {
      files: files.length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      supported: files.reduce((n, f) => n + f.supported.length, 0),
    },
  };
}
