import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, sanitizeSettings, type Settings } from '../shared/settings';

/**
 * Settings per document, pulled with workspace/configuration when the editor can
 * answer it, and otherwise taken from the last didChangeConfiguration push.
 */
export class SettingsSource {
  private readonly cache = new Map<string, Promise<Settings>>();
  private pushed: Settings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.canPull()) return Promise.resolve(this.pushed);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.pull(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** After a configuration change: `raw` is what the editor pushed, if anything. */
  changed(raw: unknown): void {
    this.cache.clear();
    const section = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
    if (section !== undefined) this.pushed = sanitizeSettings(section);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async pull(uri: string): Promise<Settings> {
    try {
      return sanitizeSettings(await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }));
    } catch {
      // An editor that fails the request still gets checking, with the defaults.
      return DEFAULT_SETTINGS;
    }
  }
}
