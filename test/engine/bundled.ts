import * as path from 'node:path';
import { createChecker, loadFactBase, type Checker, type CheckResult, type FactBase, type Finding } from '../../server/src/engine/index';
import { readFactBase } from '../../server/src/io/readFactBase';

export const FACTS_DIR = path.resolve(__dirname, '..', '..', 'facts');

let base: FactBase | undefined;
let checker: Checker | undefined;

/** The bundled fact base, read once for the whole suite. */
export function bundledFactBase(): FactBase {
  if (!base) {
    const { factBase, problems } = loadFactBase(readFactBase(FACTS_DIR));
    if (!factBase) throw new Error(`bundled fact base is invalid: ${JSON.stringify(problems)}`);
    base = factBase;
  }
  return base;
}

/** The checker over the bundled fact base, built once for the whole suite. */
export function bundled(): Checker {
  checker ??= createChecker(bundledFactBase());
  return checker;
}

export function check(draft: string): CheckResult {
  return bundled().check(draft);
}

/** Findings that count against a draft: errors and warnings. */
export function alarms(draft: string): Finding[] {
  return check(draft).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}

/** The draft with every fix applied, as a writer would see it after "fix all". */
export function fixed(draft: string): string {
  const lines = draft.split('\n');
  const fixes = alarms(draft)
    .filter((f) => f.fix)
    .sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  for (const f of fixes) {
    const line = lines[f.range.start.line];
    lines[f.range.start.line] = line.slice(0, f.range.start.character) + f.fix!.newText + line.slice(f.range.end.character);
  }
  return lines.join('\n');
}
