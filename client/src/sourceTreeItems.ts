import * as vscode from 'vscode';
import type { DraftSource, SourcedClaim, Verdict } from '../../server/src/shared/protocol';

/** A node of the Sources view: the server's data as it came, with the draft it belongs to. */
export type SourceNode =
  | { kind: 'source'; source: DraftSource }
  | { kind: 'claim'; claim: SourcedClaim; draft: vscode.Uri }
  | { kind: 'unsourced'; claims: SourcedClaim[]; draft: vscode.Uri };

export const REVEAL_CLAIM = 'sourcecheck.revealClaim';

/** The status bar's icons, in the colours the test explorer gives passed, failed and queued. */
const ICONS: Record<Verdict, vscode.ThemeIcon> = {
  supported: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  contradicted: new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed')),
  unsourced: new vscode.ThemeIcon('question', new vscode.ThemeColor('testing.iconQueued')),
};

export function treeItem(node: SourceNode, toRange: (range: SourcedClaim['range']) => vscode.Range): vscode.TreeItem {
  if (node.kind === 'source') return sourceItem(node.source);
  if (node.kind === 'unsourced') return unsourcedItem(node.claims);
  return claimItem(node.claim, node.draft, toRange(node.claim.range));
}

function sourceItem(source: DraftSource): vscode.TreeItem {
  const item = new vscode.TreeItem(source.title, vscode.TreeItemCollapsibleState.Expanded);
  item.description = [source.author, source.date].filter(Boolean).join(' · ');
  item.tooltip = [source.title, item.description].filter(Boolean).join('\n');
  item.iconPath = new vscode.ThemeIcon('book');
  item.contextValue = 'sourcecheck.source';
  return item;
}

function unsourcedItem(claims: SourcedClaim[]): vscode.TreeItem {
  const item = new vscode.TreeItem('Unsourced claims', vscode.TreeItemCollapsibleState.Expanded);
  item.description = String(claims.length);
  item.tooltip = 'Claims about known people, places or organizations that no source in the fact base states';
  item.iconPath = ICONS.unsourced;
  item.contextValue = 'sourcecheck.unsourced';
  return item;
}

function claimItem(claim: SourcedClaim, draft: vscode.Uri, range: vscode.Range): vscode.TreeItem {
  const item = new vscode.TreeItem(claim.claimText, vscode.TreeItemCollapsibleState.None);
  const line = `line ${range.start.line + 1}`;
  item.description = claim.expected ? `source: ${claim.expected} · ${line}` : line;
  item.tooltip = claim.detail;
  item.iconPath = ICONS[claim.verdict];
  item.contextValue = claim.quote ? 'sourcecheck.quotedClaim' : 'sourcecheck.claim';
  item.command = { command: REVEAL_CLAIM, title: 'Reveal the Claim', arguments: [draft, range] };
  return item;
}
