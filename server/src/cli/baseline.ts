import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileReport } from './report';

/**
 * Findings recorded on a day, keyed by rule, draft path and the claim's own words, never
 * by line: an edit elsewhere in a draft moves a finding but does not make it new.
 * A claim that occurs twice is recorded with its count, so a third occurrence is new.
 */
export interface BaselineFile {
  version: 1;
  findings: Array<{ path: string; rule: string; claim: string; count: number }>;
}

export class BaselineError extends Error {}

/** Draft paths in the file are relative to the baseline's own folder, so it works from any cwd. */
export function buildBaseline(files: FileReport[], baselineFile: string, cwd: string): BaselineFile {
  const counts = new Map<string, number>();
  for (const file of files) {
    for (const f of file.findings) {
      const k = key(draftPath(file.path, baselineFile, cwd), f.rule, f.claimText);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const findings = [...counts].map(([k, count]) => {
    const [p, rule, claim] = JSON.parse(k) as [string, string, string];
    return { path: p, rule, claim, count };
  });
  findings.sort((a, b) => a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule) || a.claim.localeCompare(b.claim));
  return { version: 1, findings };
}

/** The recorded counts by key; empty when the file does not exist yet. */
export function readBaseline(file: string): Map<string, number> {
  if (!fs.existsSync(file)) return new Map();
  let parsed: BaselineFile;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as BaselineFile;
  } catch (e) {
    throw new BaselineError(`${file}: cannot read the baseline: ${(e as Error).message}`);
  }
  if (parsed?.version !== 1 || !Array.isArray(parsed.findings)) throw new BaselineError(`${file}: not a Source Check baseline (version 1)`);
  return new Map(parsed.findings.map((f) => [key(f.path, f.rule, f.claim), f.count]));
}

/** Drops the findings the baseline records; returns the files that remain and how many it dropped. */
export function applyBaseline(files: FileReport[], baseline: Map<string, number>, baselineFile: string, cwd: string): { files: FileReport[]; suppressed: number } {
  const left = new Map(baseline);
  let suppressed = 0;
  const kept = files.map((file) => {
    const p = draftPath(file.path, baselineFile, cwd);
    const findings = file.findings.filter((f) => {
      const k = key(p, f.rule, f.claimText);
      const n = left.get(k) ?? 0;
      if (n === 0) return true;
      left.set(k, n - 1);
      suppressed++;
      return false;
    });
    return { ...file, findings };
  });
  return { files: kept, suppressed };
}

function key(draft: string, rule: string, claim: string): string {
  return JSON.stringify([draft, rule, claim]);
}

function draftPath(reportPath: string, baselineFile: string, cwd: string): string {
  return path.relative(path.dirname(baselineFile), path.resolve(cwd, reportPath)).split(path.sep).join('/');
}
