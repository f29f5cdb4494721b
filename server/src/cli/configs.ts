import * as path from 'node:path';
import { describeConfigProblem, lookUpConfig, type ConfigLookup } from '../io/findConfig';
import type { LoadedConfig } from '../shared/config';

export class ConfigError extends Error {}

/** The nearest config of each draft, looked up once per folder for the whole run. */
export class Configs {
  private readonly byDir = new Map<string, ConfigLookup>();

  /** Undefined when no config stands above the draft; throws on a config that cannot be used. */
  forFile(file: string): LoadedConfig | undefined {
    return this.forDir(path.dirname(file));
  }

  forDir(dir: string): LoadedConfig | undefined {
    let lookup = this.byDir.get(dir);
    if (!lookup) {
      lookup = lookUpConfig(dir);
      this.byDir.set(dir, lookup);
    }
    if ('problem' in lookup) throw new ConfigError(`sourcecheck: ${describeConfigProblem(lookup.problem)}`);
    return lookup.config;
  }
}
