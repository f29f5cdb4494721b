import type { CoverageReport, DraftCoverage } from '../coverage';
import { terminalText } from '../terminalText';

/** The coverage report for people: per draft, a line per claim, then the sources it rests on. */
export function formatCoverageTable(report: CoverageReport): string {
  return report.drafts.map(draftTable).join('\n');
}

function draftTable(d: DraftCoverage): string {
  const s = d.summary;
  const lines = [`${terminalText(d.path)}: ${s.supported} supported, ${s.contradicted} contradicted, ${s.unsourced} unsourced`];
  const rows = d.claims.map((c) => [`${c.range.start.line + 1}:${c.range.start.character + 1}`, c.verdict, terminalText(c.text), c.factId ?? '']);
  lines.push(...table([['where', 'verdict', 'claim', 'fact'], ...rows], '  '));
  if (d.sources.length === 0) return `${[...lines, '  rests on no source'].join('\n')}\n`;
  lines.push('  rests on:', ...table(d.sources.map((u) => [u.id, `${u.supported} supported, ${u.contradicted} contradicted`, terminalText(u.title)]), '    '));
  return `${lines.join('\n')}\n`;
}

/** Columns padded to their widest cell, the last one left ragged. */
function table(rows: string[][], indent: string): string[] {
  const width = (cell: string) => [...cell].length;
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => width(r[i]))));
  return rows.map((r) => `${indent}${r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i] - width(cell)))).join('  ')}`.trimEnd());
}
