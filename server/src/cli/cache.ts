import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DraftResult } from './checkDraft';
import { writeAtomic } from './writeAtomic';

const CACHE_FILE = 'results.json';

interface CacheData {
  entries: Record<string, { key: string; result: DraftResult }>;
}

/**
 * Results of drafts by path, each under a key that hashes everything the result depends
 * on: the tool's own code, the fact base's files, the draft's options and its text.
 * A result is reused only when its key is the same, so nothing stale is ever reported.
 */
export class ResultCache {
  private data: CacheData = { entries: {} };
  private dirty = false;

  constructor(private readonly dir: string) {
    try {
      const parsed = JSON.parse(fs.readFileSync(path.join(dir, CACHE_FILE), 'utf8')) as CacheData;
      if (parsed && typeof parsed.entries === 'object') this.data = parsed;
    } catch {
      // No cache yet, or one cut short: start empty; the next write replaces it.
    }
  }

  get(file: string, key: string): DraftResult | undefined {
    const entry = this.data.entries[file];
    return entry?.key === key ? entry.result : undefined;
  }

  set(file: string, key: string, result: DraftResult): void {
    this.data.entries[file] = { key, result };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    fs.mkdirSync(this.dir, { recursive: true });
    writeAtomic(path.join(this.dir, CACHE_FILE), JSON.stringify(this.data));
  }
}

/** The key of one draft's result. */
export function cacheKey(parts: { tool: string; factBaseDir: string; factBase: string; options: unknown; text: string }): string {
  return createHash('sha256').update(`${parts.tool}\0${parts.factBaseDir}\0${parts.factBase}\0${JSON.stringify(parts.options)}\0${parts.text}`).digest('hex');
}

/** The tool's identity: its version and the hash of the running bundle, so a rebuilt engine never reuses old results. */
export function toolIdentity(version: string, bundle: string): string {
  let code = '';
  try {
    code = createHash('sha256').update(fs.readFileSync(bundle)).digest('hex');
  } catch {
    // Running from sources (tests under tsx): the version alone must do.
  }
  return `${version}:${code}`;
}
