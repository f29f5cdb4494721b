// What the client adds on top of the language server: activation on Markdown and commands.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, diagnosticsChange, ourDiagnostics, waitFor, workspaceFile } from './helpers';

describe('client', () => {
  it('is active once a Markdown draft is open', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    await waitFor('activation', () => (ext.isActive ? true : undefined));
  });

  it('registers every contributed command', async () => {
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes?.commands ?? [])
      .map((c: { command: string }) => c.command);
    for (const id of ['sourcecheck.recheck', 'sourcecheck.restartServer']) assert.ok(contributed.includes(id), `${id} is not contributed`);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((id: string) => !registered.has(id)), [], 'contributed but not registered');
  });

  for (const command of ['sourcecheck.recheck', 'sourcecheck.restartServer']) {
    it(`republishes the same findings on ${command}`, async () => {
      const uri = workspaceFile('draft.md');
      await vscode.window.showTextDocument(uri);
      const before = await waitFor('diagnostics', () => ourDiagnostics(uri).length || undefined);
      const republished = diagnosticsChange(uri, (ours) => ours.length === before, 60_000);
      await vscode.commands.executeCommand(command);
      await republished;
    });
  }

  it('opens the fact base that checks the draft', async () => {
    await vscode.window.showTextDocument(workspaceFile('draft.md'));
    await vscode.commands.executeCommand('sourcecheck.openFactBase');
    const opened = vscode.window.activeTextEditor?.document.uri.fsPath ?? '';
    assert.equal(opened, path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'facts', 'facts.json'));
  });

  it('lists the sources of the draft and opens the one picked', async () => {
    await vscode.window.showTextDocument(workspaceFile('draft.md'));
    let done = false;
    const listing = Promise.resolve(vscode.commands.executeCommand('sourcecheck.listSources')).finally(() => { done = true; });
    // The quick pick shows once the server has answered; accept its first item then.
    await waitFor('the quick pick to take a pick', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return done ? true : undefined;
    });
    await listing;
    const opened = vscode.window.activeTextEditor?.document.uri.fsPath ?? '';
    assert.match(opened, /[\\/]facts[\\/]sources[\\/][^\\/]+\.txt$/);
  });
});
