import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentSummaryRequest, type DocumentSummary } from '../../server/src/shared/protocol';
import { SETTINGS_SECTION, sanitizeSettings } from '../../server/src/shared/settings';

const SETTLE_MS = 200;

/** The active draft's counts; clicking it opens the Problems panel. */
export class SummaryStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Source Check';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      // Findings arrive as diagnostics, so their arrival is when the counts change.
      vscode.languages.onDidChangeDiagnostics(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SETTINGS_SECTION) && this.refresh()),
    );
    this.refresh();
  }

  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), SETTLE_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const enabled = document && sanitizeSettings(vscode.workspace.getConfiguration(SETTINGS_SECTION, document)).enable;
    if (!document || document.languageId !== 'markdown' || !enabled || !this.client.isRunning()) {
      this.item.hide();
      return;
    }
    const summary = await this.client
      .sendRequest(DocumentSummaryRequest, { uri: document.uri.toString() })
      .catch(() => null);
    if (summary) this.show(summary);
    else this.item.hide();
  }

  private show({ sourced, contradicted, unsourced }: DocumentSummary): void {
    this.item.text = `$(pass) ${sourced} $(error) ${contradicted} $(question) ${unsourced}`;
    this.item.tooltip = `Source Check: ${sourced} sourced, ${contradicted} contradicted, ${unsourced} unsourced claims. Click to open the Problems panel.`;
    this.item.show();
  }
}
