import type { Range } from '../engine/index';

/** A finding as the JSON report states it: a contract read by tools outside the project. Keep it stable. */
export interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  range: Range;
  fix?: { newText: string };
  factId?: string;
  sourceId?: string;
}

/** What the other formats need besides the contract; the json format leaves it out. */
export interface ReportFinding extends JsonFinding {
  /** The draft's own words for the claim: the baseline's key and the SARIF fingerprint. */
  claimText: string;
  /** The source passage behind the finding: its file (relative like the draft's path) and the quote's range. */
  evidence?: { file: string; range: Range };
}

export interface FileReport {
  path: string;
  findings: ReportFinding[];
  supported: Array<{ range: Range; factId: string }>;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  supported: number;
  /** Present only with --baseline: findings the baseline recorded and the report leaves out. */
  baselineSuppressed?: number;
}

export interface Report {
  version: 1;
  files: FileReport[];
  summary: Summary;
}

export function buildReport(files: FileReport[], baselineSuppressed?: number): Report {
  const count = (sev: string) => files.reduce((n, f) => n + f.findings.filter((x) => x.severity === sev).length, 0);
  return {
    version: 1,
    files,
    summary: {
      files: files.length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info') + count('hint'),
      supported: files.reduce((n, f) => n + f.supported.length, 0),
      ...(baselineSuppressed !== undefined ? { baselineSuppressed } : {}),
    },
  };
}
