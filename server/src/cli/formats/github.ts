import type { Report, ReportFinding } from '../report';

/** GitHub shows at most this many annotations of each kind per step; the rest it drops silently. */
export const ANNOTATIONS_PER_KIND = 10;

const COMMAND: Record<string, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands: an annotation on the claim for the first findings
 * of each kind, every other finding as a plain log line (so none is lost), then one
 * notice with the totals. Notices share GitHub's limit with that summary, so one fewer
 * note becomes an annotation. Never a reason to fail: the exit code says that.
 */
export function formatGithub(report: Report): string {
  const shown = { error: 0, warning: 0, notice: 0 };
  const limit = { error: ANNOTATIONS_PER_KIND, warning: ANNOTATIONS_PER_KIND, notice: ANNOTATIONS_PER_KIND - 1 };
  const lines: string[] = [];
  let hidden = 0;
  for (const file of report.files) {
    for (const f of file.findings) {
      const kind = COMMAND[f.severity] ?? 'notice';
      if (shown[kind] < limit[kind]) {
        shown[kind]++;
        lines.push(annotation(kind, file.path, f));
      } else {
        hidden++;
        lines.push(`${file.path}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity}: ${f.message} [${f.rule}]`);
      }
    }
  }
  const s = report.summary;
  const totals = `Source Check: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info in ${s.files} draft${s.files === 1 ? '' : 's'}`;
  const more = hidden > 0 ? `; ${hidden} more not annotated (GitHub shows ${ANNOTATIONS_PER_KIND} per kind): see the log` : '';
  const baseline = s.baselineSuppressed ? `; ${s.baselineSuppressed} suppressed by the baseline` : '';
  lines.push(`::notice title=Source Check::${escapeData(totals + more + baseline)}`);
  return `${lines.join('\n')}\n`;
}

function annotation(kind: string, file: string, f: ReportFinding): string {
  const r = f.range;
  const props = [
    `file=${escapeProperty(file.split('\\').join('/'))}`,
    `line=${r.start.line + 1}`,
    `col=${r.start.character + 1}`,
    `endLine=${r.end.line + 1}`,
    // GitHub's endColumn is the last character, inclusive: the 0-based exclusive end.
    `endColumn=${Math.max(r.end.character, r.start.character + 1)}`,
    `title=${escapeProperty(`${f.rule}${f.fix ? ` (fix: ${f.fix.newText})` : ''}`)}`,
  ];
  return `::${kind} ${props.join(',')}::${escapeData(f.message)}`;
}

/** The escaping GitHub's runner undoes in a command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** In a property value, `:` and `,` end the value unless escaped too. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
