import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SETTINGS_SECTION, sanitizeSettings } from '../../server/src/shared/settings';

const SETTLE_MS = 200;

/**
 * Calls `refresh` once things settle after the active editor, any diagnostics or the
 * settings change: findings arrive as diagnostics, so their arrival is when what the
 * status bar and the Sources view show changes.
 */
export function onActiveDraftChange(refresh: () => void): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, SETTLE_MS);
  };
  const subscriptions = [
    vscode.window.onDidChangeActiveTextEditor(later),
    vscode.languages.onDidChangeDiagnostics(later),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SETTINGS_SECTION) && later()),
  ];
  later();
  return new vscode.Disposable(() => {
    clearTimeout(timer);
    for (const s of subscriptions) s.dispose();
  });
}

/** Whether the server checks this document: a Markdown draft, with checking on, and the server up. */
export function isCheckedDraft(document: vscode.TextDocument | undefined, client: LanguageClient): document is vscode.TextDocument {
  if (!document || document.languageId !== 'markdown' || !client.isRunning()) return false;
  return sanitizeSettings(vscode.workspace.getConfiguration(SETTINGS_SECTION, document)).enable;
}
