import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

const DRAFT = /\.(md|markdown|mdx)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

export class DiscoveryError extends Error {}

/**
 * Files, folders (their Markdown files, recursively) and globs, in a stable order.
 * A named file is checked whatever its extension; a pattern that matches nothing is an error.
 */
export function discover(patterns: string[], cwd: string): string[] {
  const found = new Set<string>();
  for (const p of patterns) {
    const before = found.size;
    const full = path.resolve(cwd, p);
    if (fs.existsSync(full) && fs.statSync(full).isDirectory()) walk(full, (f) => DRAFT.test(f) && found.add(f));
    else if (fs.existsSync(full)) found.add(full);
    else if (picomatch.scan(p).isGlob) globInto(p, cwd, found);
    else throw new DiscoveryError(`${p}: no such file or folder`);
    if (found.size === before && picomatch.scan(p).isGlob) throw new DiscoveryError(`${p}: no drafts match`);
  }
  return [...found].sort();
}

function globInto(pattern: string, cwd: string, found: Set<string>): void {
  const scan = picomatch.scan(pattern);
  const base = path.resolve(cwd, scan.base || '.');
  const isMatch = picomatch(scan.glob, { dot: false });
  if (!fs.existsSync(base)) return;
  walk(base, (f) => isMatch(path.relative(base, f).split(path.sep).join('/')) && found.add(f));
}

function walk(dir: string, visit: (file: string) => unknown): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(full, visit);
    } else if (entry.isFile()) visit(full);
  }
}
