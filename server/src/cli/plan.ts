import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledFactBaseDir } from '../io/readFactBase';
import { configuredCheckOptions, configuredFactBase, isIgnoredDraft, isIncludedDraft } from '../shared/configRules';
import type { CliArgs } from './args';
import { changedSince } from './changedSince';
import type { DraftOptions } from './checkDraft';
import type { Configs } from './configs';
import { discover, type DraftFilter } from './discover';

/** One draft of the run, with everything its check depends on. */
export interface DraftPlan {
  file: string;
  /** As the report names it: relative to the working folder. */
  reportPath: string;
  text: string;
  factBaseDir: string;
  options: DraftOptions;
}

export class ReadError extends Error {}

/** The drafts to check and how: discovery, the configs above them, --changed-since. */
export function planDrafts(args: CliArgs, patterns: string[], cwd: string, configs: Configs): DraftPlan[] {
  const filter: DraftFilter = {
    inFolder: (f) => isIncludedDraft(configs.forFile(f), f),
    ignored: (f) => isIgnoredDraft(configs.forFile(f), f),
  };
  let files = discover(patterns, cwd, filter);
  if (args.changedSince) {
    const changed = changedSince(args.changedSince, cwd);
    files = files.filter((f) => changed.has(fs.realpathSync(f)));
  }
  return files.map((file) => {
    const config = configs.forFile(file);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new ReadError(`${path.relative(cwd, file)}: cannot read: ${(e as Error).message}`);
    }
    return {
      file,
      reportPath: path.relative(cwd, file) || file,
      text,
      factBaseDir: args.factsDir ? path.resolve(cwd, args.factsDir) : configuredFactBase(config) ?? bundledFactBaseDir(),
      options: { ...configuredCheckOptions(config), reportUnusedIgnores: args.reportUnusedIgnores },
    };
  });
}
