import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FactBaseRequest, RecheckRequest } from '../../server/src/shared/protocol';
import { listSources } from './listSources';
import { proposeFacts } from './proposeFacts';

export function registerCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('sourcecheck.recheck', () => client.sendRequest(RecheckRequest)),
    vscode.commands.registerCommand('sourcecheck.openFactBase', () => openFactBase(client)),
    vscode.commands.registerCommand('sourcecheck.listSources', () => listSources(client)),
    vscode.commands.registerCommand('sourcecheck.proposeFacts', () => proposeFacts(client)),
    vscode.commands.registerCommand('sourcecheck.restartServer', () => client.restart()),
  ];
}

/** Opens the facts.json of the fact base that checks the active draft. */
async function openFactBase(client: LanguageClient): Promise<void> {
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const info = await client.sendRequest(FactBaseRequest, { uri });
  const facts = vscode.Uri.joinPath(vscode.Uri.file(info.dir), 'facts.json');
  await vscode.window.showTextDocument(facts);
  if (info.problems.length > 0) {
    void vscode.window.showWarningMessage(`Source Check: this fact base has problems: ${info.problems.join('; ')}`);
  }
}
