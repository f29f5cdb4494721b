import * as path from 'node:path';
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import { describeConfigProblem, lookUpConfig } from '../io/findConfig';
import type { LoadedConfig } from '../shared/config';
import { uriToPath } from './uris';

/** A draft's config as the server sees it: none, a usable one, or a broken one that stops checking. */
export type DraftConfig = { config?: LoadedConfig } | { broken: true };

/**
 * The nearest sourcecheck.config.json (or .sourcecheckrc.json) above a draft, read as the
 * CLI reads it, so the editor and CI agree. It is read at every check (a few stat calls),
 * so an edit of it counts from the next check on. A broken config stops checking the
 * drafts under it, as it stops the CLI, and the writer is told once per problem.
 */
export class DraftConfigs {
  private readonly told = new Set<string>();

  constructor(private readonly connection: Connection) {}

  forUri(uri: string): DraftConfig {
    const file = uriToPath(uri);
    if (!file) return {};
    const lookup = lookUpConfig(path.dirname(file));
    if (!('problem' in lookup)) return lookup;
    const message = describeConfigProblem(lookup.problem);
    if (!this.told.has(message)) {
      this.told.add(message);
      void this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Source Check: ${message}. Drafts under it are not checked until it is fixed.`,
      });
    }
    return { broken: true };
  }
}
