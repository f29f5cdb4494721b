import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { createLanguageClient } from './languageClient';
import { SourcesView } from './sourcesView';
import { SummaryStatusBar } from './statusBar';

let client: LanguageClient | undefined;

/** What the extension exports: the Sources view, so a test can read what it shows. */
export interface SourceCheckApi {
  sourcesView: SourcesView;
}

export async function activate(context: vscode.ExtensionContext): Promise<SourceCheckApi> {
  client = createLanguageClient(context);
  const sourcesView = new SourcesView(client);
  context.subscriptions.push(...registerCommands(client), new SummaryStatusBar(client), sourcesView);
  await client.start();
  return { sourcesView };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
