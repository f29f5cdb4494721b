import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import type { Finding, Severity, SourcePassage } from '../engine/index';
import type { CheckedDocument } from './documentChecks';
import { quoteInSource } from './quoteInSource';
import { factFileUri } from './uris';

/** The only place a finding becomes a diagnostic. */

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'sourcecheck';

export function findingToDiagnostic(finding: Finding, checked: CheckedDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITIES[finding.severity],
    code: finding.rule,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  const related = relatedQuote(finding, checked);
  if (related) diagnostic.relatedInformation = [related];
  return diagnostic;
}

function relatedQuote(finding: Finding, checked: CheckedDocument): DiagnosticRelatedInformation | undefined {
  if (finding.passage) return passageInSource(finding.passage, checked);
  if (!finding.factId) return undefined;
  const location = quoteInSource(finding.factId, checked);
  const fact = checked.checker.fact(finding.factId);
  if (!location || !fact) return undefined;
  const title = checked.checker.source(fact.source)?.title ?? fact.source;
  return { location, message: `${title}: “${fact.quote}”` };
}

function passageInSource(passage: SourcePassage, checked: CheckedDocument): DiagnosticRelatedInformation {
  const title = checked.checker.source(passage.sourceId)?.title ?? passage.sourceId;
  return { location: { uri: factFileUri(checked.dir, passage.file), range: passage.range }, message: `${title}: “${passage.text}”` };
}
