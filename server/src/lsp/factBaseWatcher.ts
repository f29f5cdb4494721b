import * as fs from 'node:fs';
import * as path from 'node:path';

const SETTLE_MS = 100;

/**
 * Watches fact base folders on disk, so that editors without a file watcher of their
 * own (and fact bases outside the workspace) still reload. Bursts of events, and the
 * same change reported by the editor too, settle into one reload.
 */
export class FactBaseWatcher {
  private readonly watchers = new Map<string, fs.FSWatcher[]>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly onChange: (dir: string) => void) {}

  watch(dir: string): void {
    if (this.watchers.has(dir)) return;
    const watchers = [dir, path.join(dir, 'sources')].flatMap((folder) => this.watchFolder(folder, dir));
    this.watchers.set(dir, watchers);
  }

  /** Something in `dir` changed: reload it once things settle. */
  poke(dir: string): void {
    clearTimeout(this.timers.get(dir));
    this.timers.set(
      dir,
      setTimeout(() => {
        this.timers.delete(dir);
        this.onChange(dir);
      }, SETTLE_MS),
    );
  }

  dispose(): void {
    for (const watchers of this.watchers.values()) for (const w of watchers) w.close();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.watchers.clear();
    this.timers.clear();
  }

  private watchFolder(folder: string, dir: string): fs.FSWatcher[] {
    try {
      const watcher = fs.watch(folder, () => this.poke(dir));
      // A folder deleted under the watcher is the editor's watcher's business then.
      watcher.on('error', () => watcher.close());
      return [watcher];
    } catch {
      return [];
    }
  }
}
