import * as fs from 'node:fs';
import * as path from 'node:path';
import { skeletonFiles } from './factsSkeleton';
import { InitError } from './init';
import type { Io } from './main';
import { writeAtomic } from './writeAtomic';

/** `facts init DIR`: writes the skeleton fact base, or nothing at all when any of its files exists. */
export function factsInit(dir: string, cwd: string, io: Io): void {
  const root = path.resolve(cwd, dir);
  const files = Object.entries(skeletonFiles());
  const existing = files.map(([name]) => path.join(root, name)).filter((f) => fs.existsSync(f));
  if (existing.length > 0) {
    throw new InitError(`sourcecheck: facts init never overwrites a file, and these exist: ${existing.map((f) => path.relative(cwd, f)).join(', ')}`);
  }
  for (const [name, text] of files) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeAtomic(path.join(root, name), text);
  }
  io.write(`wrote a fact base to start from in ${path.relative(cwd, root) || '.'}: ${files.map(([name]) => name).join(', ')}\n`);
}
