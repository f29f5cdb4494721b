import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DraftSourcesRequest, type DraftSources } from '../../server/src/shared/protocol';
import { isCheckedDraft, onActiveDraftChange } from './activeDraft';
import { REVEAL_CLAIM, treeItem, type SourceNode } from './sourceTreeItems';

export const SOURCES_VIEW = 'sourcecheck.sources';

/**
 * The Explorer's "Source Check" view: the sources the active draft rests on, the claims
 * under each, then the unsourced ones. It keeps showing the last draft while a source
 * text or any other file is in front, so opening a quote does not empty it.
 */
export class SourcesView implements vscode.TreeDataProvider<SourceNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view = vscode.window.createTreeView(SOURCES_VIEW, { treeDataProvider: this });
  private readonly disposables: vscode.Disposable[];
  private draft: vscode.Uri | undefined;
  private shown: DraftSources | null = null;

  constructor(private readonly client: LanguageClient) {
    this.disposables = [
      this.view,
      this.changed,
      onActiveDraftChange(() => void this.update()),
      vscode.commands.registerCommand(REVEAL_CLAIM, revealClaim),
      vscode.commands.registerCommand('sourcecheck.openQuote', (node?: SourceNode) => openQuote(node, client)),
    ];
  }

  /** The draft shown and its nodes, for the real-VS Code suite to compare with the CLI. */
  get shownDraft(): vscode.Uri | undefined {
    return this.shown ? this.draft : undefined;
  }

  getChildren(node?: SourceNode): SourceNode[] {
    const draft = this.draft;
    if (!this.shown || !draft) return [];
    if (!node) return this.roots(this.shown, draft);
    if (node.kind === 'source') return node.source.claims.map((claim) => ({ kind: 'claim', claim, draft }));
    if (node.kind === 'unsourced') return node.claims.map((claim) => ({ kind: 'claim', claim, draft }));
    return [];
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    return treeItem(node, (range) => this.client.protocol2CodeConverter.asRange(range));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private roots(shown: DraftSources, draft: vscode.Uri): SourceNode[] {
    const sources: SourceNode[] = shown.sources.map((source) => ({ kind: 'source', source }));
    return shown.unsourced.length > 0 ? [...sources, { kind: 'unsourced', claims: shown.unsourced, draft }] : sources;
  }

  private async update(): Promise<void> {
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === 'markdown') this.draft = isCheckedDraft(active, this.client) ? active.uri : undefined;
    const draft = this.draft;
    const shown = draft ? await this.client.sendRequest(DraftSourcesRequest, { uri: draft.toString() }).catch(() => null) : null;
    if (draft !== this.draft) return;
    this.shown = shown;
    this.view.message = message(shown);
    this.changed.fire();
  }
}

function message(shown: DraftSources | null): string | undefined {
  if (!shown) return 'Open a Markdown draft to see the sources its claims rest on.';
  if (shown.sources.length === 0 && shown.unsourced.length === 0) return 'No claim in this draft rests on a source yet.';
  return undefined;
}

async function revealClaim(draft: vscode.Uri, range: vscode.Range): Promise<void> {
  await vscode.window.showTextDocument(draft, { selection: range });
}

async function openQuote(node: SourceNode | undefined, client: LanguageClient): Promise<void> {
  const quote = node?.kind === 'claim' ? node.claim.quote : undefined;
  if (!quote) return;
  await vscode.window.showTextDocument(vscode.Uri.parse(quote.uri), { selection: client.protocol2CodeConverter.asRange(quote.range) });
}
