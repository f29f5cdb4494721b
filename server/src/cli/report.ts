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
  evidence?: Evidence;
}

/** A supported claim as the JSON report states it. */
export interface JsonSupport {
  range: Range;
  factId: string;
}

export interface ReportSupport extends JsonSupport {
  claimText: string;
  evidence?: Evidence;
}

/** The source passage behind a verdict, with what a reader needs to weigh it. */
export interface Evidence {
  /** The source text's file, relative like the draft's path, and the quote's range in it. */
  file: string;
  range: Range;
  quote: string;
  /** The fact in one line: "Tokayev visits Sochi: 19 August 2022". */
  fact: string;
  source: Citation;
}

/** A source as a reader cites it; the date as the source states it ("2022 (inferred)"). */
export interface Citation {
  title: string;
  author?: string;
  date?: string;
  url?: string;
}

export interface FileReport {
  path: string;
  /** The draft's text as checked, for formats that show it. */
  text: string;
  findings: ReportFinding[];
  supported: ReportSupport[];
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

/** Reading order, for findings and claims alike. */
export function byPosition(a: { range: Range }, b: { range: Range }): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
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
