// The severity setting reaches the server through VS Code's configuration, per rule.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeDiagnostics, sochiFinding, waitFor, workspaceFile } from './helpers';

describe('severity setting', () => {
  const config = () => vscode.workspace.getConfiguration('sourcecheck');
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await vscode.workspace.openTextDocument(workspaceFile('draft.md'));
    await vscode.window.showTextDocument(doc);
    await waitFor('the Sochi finding', () => sochiFinding(doc), 30_000, () => describeDiagnostics(doc.uri));
  });

  after(async () => {
    await config().update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('the Sochi finding back as an error', () => (sochiFinding(doc)?.severity === vscode.DiagnosticSeverity.Error || undefined),
      30_000, () => describeDiagnostics(doc.uri));
  });

  it('lowers a rule to a warning', async () => {
    await config().update('severity', { 'date-contradiction': 'warning' }, vscode.ConfigurationTarget.Workspace);
    const finding = await waitFor('the Sochi finding as a warning',
      () => (sochiFinding(doc)?.severity === vscode.DiagnosticSeverity.Warning ? sochiFinding(doc) : undefined),
      30_000, () => describeDiagnostics(doc.uri));
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('turns a rule off', async () => {
    await config().update('severity', { 'date-contradiction': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitFor('the Sochi finding to go', () => (sochiFinding(doc) ? undefined : true), 30_000, () => describeDiagnostics(doc.uri));
  });
});
