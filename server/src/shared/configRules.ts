import * as path from 'node:path';
import picomatch from 'picomatch';
import type { CheckOptions } from '../engine/index';
import { DEFAULT_INCLUDE, type LoadedConfig } from './config';

/** What a config means for one draft; the CLI and the language server both ask it the same way. */

/** The fact base folder the config names, resolved against the config's own folder. */
export function configuredFactBase(config: LoadedConfig | undefined): string | undefined {
  return config?.config.factBase ? path.resolve(config.dir, config.config.factBase) : undefined;
}

export function configuredCheckOptions(config: LoadedConfig | undefined): CheckOptions {
  const c = config?.config;
  return {
    ...(c?.severity ? { severity: c.severity } : {}),
    ...(c?.roundingTolerance !== undefined ? { roundingTolerance: c.roundingTolerance } : {}),
  };
}

/** A draft the config's `ignore` globs rule out, wherever it was named. */
export function isIgnoredDraft(config: LoadedConfig | undefined, file: string): boolean {
  const ignore = config?.config.ignore;
  return ignore !== undefined && ignore.length > 0 && matches(ignore, config!.dir, file);
}

/** A file in a checked folder that the config's `include` globs (or the default ones) select. */
export function isIncludedDraft(config: LoadedConfig | undefined, file: string): boolean {
  if (!config) return matches(DEFAULT_INCLUDE, path.dirname(file), file);
  return matches(config.config.include ?? DEFAULT_INCLUDE, config.dir, file);
}

function matches(globs: string[], dir: string, file: string): boolean {
  const rel = path.relative(dir, file).split(path.sep).join('/');
  // A draft outside the config's folder is never selected by globs relative to it.
  if (rel.startsWith('../')) return false;
  return picomatch(globs, { dot: true })(rel);
}
