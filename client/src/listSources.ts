import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentSummaryRequest, type SourceUse } from '../../server/src/shared/protocol';

interface SourceItem extends vscode.QuickPickItem {
  source: SourceUse;
}

/** A quick pick of the sources the active draft relies on; picking one opens its text. */
export async function listSources(client: LanguageClient): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Source Check: open a Markdown draft to list its sources.');
    return;
  }
  const summary = await client.sendRequest(DocumentSummaryRequest, { uri: document.uri.toString() });
  if (!summary || summary.sources.length === 0) {
    void vscode.window.showInformationMessage('Source Check: no claim in this draft rests on a source yet.');
    return;
  }
  const picked = await vscode.window.showQuickPick(summary.sources.map(toItem), {
    title: 'Sources this draft relies on',
    matchOnDescription: true,
  });
  if (picked) await vscode.window.showTextDocument(vscode.Uri.parse(picked.source.uri));
}

function toItem(source: SourceUse): SourceItem {
  const claims = source.count === 1 ? '1 claim' : `${source.count} claims`;
  return { label: source.title, description: source.author, detail: claims, source };
}
