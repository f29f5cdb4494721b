import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RULE_IDS, type CheckOptions, type CheckResult, type Checker, type SeverityOverrides } from '../engine/index';
import type { LoadedConfig } from '../shared/config';
import { configuredCheckOptions, configuredFactBase, isIgnoredDraft } from '../shared/configRules';
import type { Settings } from '../shared/settings';
import type { DraftConfigs } from './draftConfig';
import { locateFactBase } from './factBaseLocation';
import type { FactBaseStore } from './factBaseStore';
import type { SettingsSource } from './settingsSource';
import { uriToPath } from './uris';
import type { WorkspaceFolders } from './workspaceFolders';

/** A draft checked at one version, with what the features need to explain the result. */
export interface CheckedDocument {
  uri: string;
  version: number;
  text: string;
  result: CheckResult;
  checker: Checker;
  /** The fact base folder, for links into its source texts. */
  dir: string;
}

/**
 * The one place a draft is checked. Diagnostics, hovers, code actions and the summary
 * share the result of a version instead of checking it again.
 */
export class DocumentChecks {
  private readonly cache = new Map<string, { generation: number; version: number; checked: CheckedDocument | undefined }>();
  private generation = 0;

  constructor(
    private readonly settings: SettingsSource,
    private readonly folders: WorkspaceFolders,
    private readonly factBases: FactBaseStore,
    private readonly configs: DraftConfigs,
  ) {}

  /** Undefined when checking is off for the draft or no valid fact base exists for it. */
  async check(document: TextDocument): Promise<CheckedDocument | undefined> {
    const { uri, version } = document;
    const text = document.getText();
    const cached = this.cache.get(uri);
    if (cached && cached.generation === this.generation && cached.version === version) return cached.checked;
    const generation = this.generation;
    const checked = await this.run(uri, version, text);
    if (generation === this.generation) this.cache.set(uri, { generation, version, checked });
    return checked;
  }

  /** The check of an open document; undefined too for one the editor never opened. */
  async checkOpen(documents: TextDocuments<TextDocument>, uri: string): Promise<CheckedDocument | undefined> {
    const document = documents.get(uri);
    return document && this.check(document);
  }

  /** The fact base folder a draft (or, without one, the workspace) is checked against. */
  async factBaseDir(uri: string | undefined): Promise<string> {
    const settings = uri ? await this.settings.get(uri) : undefined;
    const draftConfig = uri ? this.configs.forUri(uri) : {};
    const config = 'config' in draftConfig ? draftConfig.config : undefined;
    return configuredFactBase(config) ?? locateFactBase(this.folders.folderFor(uri), settings?.factBase ?? '');
  }

  /** After a settings or fact base change: every draft must be checked again. */
  invalidate(): void {
    this.generation++;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async run(uri: string, version: number, text: string): Promise<CheckedDocument | undefined> {
    const settings = await this.settings.get(uri);
    if (!settings.enable) return undefined;
    const draftConfig = this.configs.forUri(uri);
    if ('broken' in draftConfig) return undefined;
    const { config } = draftConfig;
    const file = uriToPath(uri);
    if (file && isIgnoredDraft(config, file)) return undefined;
    // The config file names the fact base for CI too, so it comes before the editor's own choices.
    const dir = configuredFactBase(config) ?? locateFactBase(this.folders.folderFor(uri), settings.factBase);
    const checker = this.factBases.get(dir).checker;
    if (!checker) return undefined;
    const result = checker.check(text, checkOptions(config, settings));
    return { uri, version, text, result, checker, dir };
  }
}

/** The config file's options, with the editor's own severity settings over them (a writer's view, not CI's). */
function checkOptions(config: LoadedConfig | undefined, settings: Settings): CheckOptions {
  const options = configuredCheckOptions(config);
  const severity: SeverityOverrides = { ...options.severity };
  for (const rule of RULE_IDS) {
    const level = settings.severity[rule];
    if (level) severity[rule] = level;
  }
  return { ...options, severity };
}
