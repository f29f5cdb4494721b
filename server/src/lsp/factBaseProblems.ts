import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { blocksLoading, type Problem } from '../engine/index';
import type { FactBaseState } from './factBaseStore';
import { factFileUri } from './uris';

const SHOWN_IN_MESSAGE = 3;

/**
 * Shows a fact base's problems where the writer will see them: a warning
 * notification, and diagnostics in the fact files themselves (cleared once fixed).
 */
export class FactBaseProblems {
  private readonly publishedUris = new Map<string, string[]>();

  constructor(private readonly connection: Connection) {}

  report(state: FactBaseState): void {
    const byUri = groupByUri(state);
    for (const uri of this.publishedUris.get(state.dir) ?? []) {
      if (!byUri.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    for (const [uri, diagnostics] of byUri) void this.connection.sendDiagnostics({ uri, diagnostics });
    this.publishedUris.set(state.dir, [...byUri.keys()]);
    // A notification, not a request: nothing waits for the writer to dismiss it. Warnings stay in the fact files.
    if (state.problems.some(blocksLoading)) {
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: summary(state) });
    }
  }
}

export function describeProblem(problem: Problem): string {
  const place = problem.file ? `${problem.file}:${problem.line + 1}:${problem.character + 1}: ` : '';
  return `${place}${problem.message}`;
}

function summary(state: FactBaseState): string {
  const consequence = state.checker
    ? 'Still checking with its last valid version.'
    : 'Drafts are not checked until it is fixed.';
  const errors = state.problems.filter(blocksLoading);
  const listed = errors.slice(0, SHOWN_IN_MESSAGE).map(describeProblem).join('; ');
  const more = errors.length > SHOWN_IN_MESSAGE ? ` (and ${errors.length - SHOWN_IN_MESSAGE} more)` : '';
  return `Source Check: the fact base in ${state.dir} is invalid: ${listed}${more}. ${consequence}`;
}

function groupByUri(state: FactBaseState): Map<string, Diagnostic[]> {
  const byUri = new Map<string, Diagnostic[]>();
  for (const problem of state.problems) {
    if (!problem.file) continue;
    const uri = factFileUri(state.dir, problem.file);
    const position = { line: problem.line, character: problem.character };
    const diagnostic: Diagnostic = {
      range: { start: position, end: position },
      severity: blocksLoading(problem) ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'sourcecheck',
      code: 'fact-base',
      message: problem.message,
    };
    byUri.set(uri, [...(byUri.get(uri) ?? []), diagnostic]);
  }
  return byUri;
}
