import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ProposeFactsRequest } from '../../server/src/shared/protocol';

/** Opens what `facts extract` proposes for the active source text, as an untitled JSON document to review. */
export async function proposeFacts(client: LanguageClient): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !/\.(?:txt|md)$/i.test(document.uri.path)) {
    void vscode.window.showInformationMessage('Source Check: open a source text (.txt or .md) to propose facts from it.');
    return;
  }
  const proposed = await client.sendRequest(ProposeFactsRequest, { uri: document.uri.toString(), text: document.getText() });
  const { dir: _, ...drafts } = proposed;
  const content = `${JSON.stringify(drafts, null, 2)}\n`;
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'json', content }));
  void vscode.window.showInformationMessage(`Source Check: ${proposed.facts.length} facts proposed against the fact base in ${proposed.dir}. Review them, then move them into its files.`);
}
