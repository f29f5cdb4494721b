import type { DidChangeWatchedFilesParams } from 'vscode-languageserver/node';
import { blocksLoading } from '../engine/index';
import type { FactBaseInfo } from '../shared/protocol';
import type { Diagnostics } from './diagnostics';
import type { DocumentChecks } from './documentChecks';
import { describeProblem } from './factBaseProblems';
import type { FactBaseStore } from './factBaseStore';
import type { FactBaseWatcher } from './factBaseWatcher';
import { isInside, uriToPath } from './uris';

/** Keeps the drafts' findings in step with the fact bases and the settings. */
export class FactBaseRefresh {
  constructor(
    private readonly factBases: FactBaseStore,
    private readonly checks: DocumentChecks,
    private readonly diagnostics: Diagnostics,
    private readonly watcher: FactBaseWatcher,
  ) {}

  /** The editor saw fact files change: reload their folders, or look again for one that appeared. */
  watchedFilesChanged(params: DidChangeWatchedFilesParams): void {
    const dirs = this.factBases.dirs();
    let unknown = false;
    for (const change of params.changes) {
      const file = uriToPath(change.uri);
      const dir = file && dirs.find((d) => isInside(file, d));
      if (dir) this.watcher.poke(dir);
      else unknown = true;
    }
    // A facts/ folder may have appeared in a workspace folder: let every draft find its fact base again.
    if (unknown) this.recheckAll();
  }

  reload(dir: string): void {
    if (this.factBases.reload(dir)) this.recheckAll();
  }

  /** The recheck command: read every fact base again and check every draft, changed or not. */
  reloadAll(): void {
    for (const dir of this.factBases.dirs()) this.factBases.reload(dir);
    this.recheckAll();
  }

  recheckAll(): void {
    this.checks.invalidate();
    this.diagnostics.recheckAll();
  }

  async info(uri: string | undefined): Promise<FactBaseInfo> {
    const dir = await this.checks.factBaseDir(uri);
    const state = this.factBases.get(dir);
    return {
      dir,
      usingLastGood: state.problems.some(blocksLoading) && state.checker !== undefined,
      problems: state.problems.map(describeProblem),
    };
  }
}
