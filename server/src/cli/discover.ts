import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

const SKIP_DIRS = new Set(['node_modules', '.git']);

export class DiscoveryError extends Error {}

/** What the config says about a file: whether a folder's walk takes it, and whether it is never checked. */
export interface DraftFilter {
  inFolder(file: string): boolean;
  ignored(file: string): boolean;
}

/**
 * Files, folders (their drafts, recursively) and globs, in a stable order.
 * A named file is checked whatever its extension unless the config ignores it;
 * a pattern that matches nothing is an error.
 */
export function discover(patterns: string[], cwd: string, filter: DraftFilter): string[] {
  const found = new Set<string>();
  for (const p of patterns) {
    const matched = new Set<string>();
    const full = path.resolve(cwd, p);
    if (fs.existsSync(full) && fs.statSync(full).isDirectory()) walk(full, (f) => filter.inFolder(f) && matched.add(f));
    else if (fs.existsSync(full)) matched.add(full);
    else if (picomatch.scan(p).isGlob) globInto(p, cwd, matched);
    else throw new DiscoveryError(`${p}: no such file or folder`);
    if (matched.size === 0 && picomatch.scan(p).isGlob) throw new DiscoveryError(`${p}: no drafts match`);
    for (const f of matched) if (!filter.ignored(f)) found.add(f);
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
