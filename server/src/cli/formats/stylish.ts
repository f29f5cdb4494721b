import type { Report } from '../report';
import type { FormatOptions } from './index';

/** Human output in the manner of ESLint's stylish: a block per file, then totals. */
export function formatStylish(report: Report, options?: Partial<FormatOptions>): string {
  const color = options?.color === true;
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    lines.push(paint(4, file.path));
    for (const f of file.findings) {
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(8);
      const sev = f.severity === 'error' ? paint(31, 'error  ') : f.severity === 'warning' ? paint(33, 'warning') : paint(36, f.severity.padEnd(7));
      const fix = f.fix ? `  (fix: ${f.fix.newText})` : '';
      lines.push(`  ${where} ${sev}  ${f.message}${fix}  ${paint(90, f.rule)}`);
    }
    lines.push('');
  }
  const s = report.summary;
  lines.push(`${s.files} file${s.files === 1 ? '' : 's'} checked: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info, ${s.supported} supported claim${s.supported === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}
