import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentChecks } from './documentChecks';
import { findingToDiagnostic } from './findingToDiagnostic';
import type { SettingsSource } from './settingsSource';

/**
 * Publishes a draft's findings: at once when it opens, after a pause in typing when
 * it changes. A check that finishes after the draft moved on is dropped, so the
 * editor never receives diagnostics for an older version.
 */
export class Diagnostics {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly checks: DocumentChecks,
    private readonly settings: SettingsSource,
  ) {}

  listen(): void {
    this.documents.onDidOpen(({ document }) => this.schedule(document.uri, 0));
    this.documents.onDidChangeContent(({ document }) => void this.scheduleAfterPause(document.uri));
    this.documents.onDidClose(({ document }) => this.clear(document.uri));
  }

  /** Every open draft, after the fact base or the settings changed. */
  recheckAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  private async scheduleAfterPause(uri: string): Promise<void> {
    const { debounceMs } = await this.settings.get(uri);
    this.schedule(uri, debounceMs);
  }

  private schedule(uri: string, delayMs: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.publish(uri);
      }, delayMs),
    );
  }

  private async publish(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    const checked = await this.checks.check(document);
    if (this.documents.get(uri)?.version !== version) return;
    const diagnostics = checked ? checked.result.findings.map((f) => findingToDiagnostic(f, checked)) : [];
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  private clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.checks.forget(uri);
    this.settings.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
