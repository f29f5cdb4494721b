import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentSummaryRequest, type DocumentSummary } from '../../server/src/shared/protocol';
import { isCheckedDraft, onActiveDraftChange } from './activeDraft';

/** The active draft's counts; clicking it opens the Problems panel. */
export class SummaryStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  private readonly watch: vscode.Disposable;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Source Check';
    this.item.command = 'workbench.actions.view.problems';
    this.watch = onActiveDraftChange(() => void this.update());
  }

  dispose(): void {
    this.watch.dispose();
    this.item.dispose();
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!isCheckedDraft(document, this.client)) {
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
