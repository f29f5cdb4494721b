import type { FileReport, Report } from '../report';

/**
 * JUnit XML for CI systems that show tests: one test case per draft, failed when the
 * draft has an error (as the exit code counts it), with every finding in the body.
 */
export function formatJunit(report: Report): string {
  const failures = report.files.filter(failed).length;
  const cases = report.files.map(testCase);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sourcecheck" tests="${report.files.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="sourcecheck" tests="${report.files.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function failed(file: FileReport): boolean {
  return file.findings.some((f) => f.severity === 'error');
}

function testCase(file: FileReport): string {
  const open = `    <testcase classname="sourcecheck" name="${xml(file.path)}" file="${xml(file.path)}"`;
  if (file.findings.length === 0) return `${open} />`;
  const body = file.findings
    .map((f) => `${file.path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message}${f.fix ? ` (fix: ${f.fix.newText})` : ''} [${f.rule}]`)
    .join('\n');
  const errors = file.findings.filter((f) => f.severity === 'error');
  const inner = failed(file)
    ? `      <failure message="${xml(`${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors[0].message}`)}" type="${xml(errors[0].rule)}">${xml(body)}</failure>`
    : `      <system-out>${xml(body)}</system-out>`;
  return `${open}>\n${inner}\n    </testcase>`;
}

/** Escapes for text and attributes alike, and drops the characters XML 1.0 cannot hold. */
function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
