import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createChecker, loadFactBase, type Checker, type FactBaseFiles } from '../engine/index';
import { readFactBase } from '../io/readFactBase';
import { problemLine } from './problemLine';

export class FactBaseError extends Error {}

interface Entry {
  files: FactBaseFiles;
  hash: string;
  checker?: Checker;
}

/**
 * The fact bases a run uses, by folder. The text is read and hashed up front (cheap, and
 * the cache key needs it); parsing and indexing wait until a draft misses the cache.
 */
export class FactBases {
  private readonly entries = new Map<string, Entry>();

  /** The content hash of every file of the fact base: any edit to a fact or a source changes it. */
  hash(dir: string): string {
    return this.entry(dir).hash;
  }

  checker(dir: string): Checker {
    const entry = this.entry(dir);
    if (!entry.checker) {
      const { factBase, problems } = loadFactBase(entry.files, { warnings: false });
      if (!factBase) {
        const lines = problems.map((p) => problemLine(dir, p));
        throw new FactBaseError(`${lines.join('\n')}\nsourcecheck: the fact base in ${dir} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
      }
      entry.checker = createChecker(factBase, { outlivesDrafts: false });
    }
    return entry.checker;
  }

  private entry(dir: string): Entry {
    let entry = this.entries.get(dir);
    if (!entry) {
      if (!fs.existsSync(path.join(dir, 'facts.json'))) throw new FactBaseError(`sourcecheck: ${dir}: not a fact base (no facts.json)`);
      const files = readFactBase(dir);
      const hash = createHash('sha256');
      for (const [name, text] of files) hash.update(`${name}\0${text}\0`);
      entry = { files, hash: hash.digest('hex') };
      this.entries.set(dir, entry);
    }
    return entry;
  }
}
