import type { JsonFinding, JsonSupport, Report } from '../report';

/** The stable contract: exactly the documented keys, whatever else the report carries for other formats. */
export function formatJson(report: Report): string {
  const files = report.files.map((file) => ({
    path: file.path,
    findings: file.findings.map(
      (f): JsonFinding => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        range: f.range,
        ...(f.fix ? { fix: f.fix } : {}),
        ...(f.factId ? { factId: f.factId } : {}),
        ...(f.sourceId ? { sourceId: f.sourceId } : {}),
      }),
    ),
    supported: file.supported.map((s): JsonSupport => ({ range: s.range, factId: s.factId })),
  }));
  return `${JSON.stringify({ version: report.version, files, summary: report.summary }, null, 2)}\n`;
}
