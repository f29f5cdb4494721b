import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FactBaseFiles } from '../engine/index';

const JSON_FILES = ['sources.json', 'entities.json', 'facts.json'];

/**
 * Reads a fact base folder into text for the engine. A missing file is left out so
 * that the engine reports it as a problem with its name, like any other.
 */
export function readFactBase(dir: string): FactBaseFiles {
  const files = new Map<string, string>();
  for (const name of JSON_FILES) addIfPresent(files, dir, name);
  const sourcesDir = path.join(dir, 'sources');
  if (fs.existsSync(sourcesDir)) {
    for (const name of fs.readdirSync(sourcesDir).sort()) addIfPresent(files, dir, `sources/${name}`);
  }
  return files;
}

function addIfPresent(files: Map<string, string>, dir: string, rel: string): void {
  const full = path.join(dir, rel);
  if (fs.existsSync(full) && fs.statSync(full).isFile()) files.set(rel, fs.readFileSync(full, 'utf8'));
}

/** The fact base shipped with the tool, beside the bundle in `dist/`. */
export function bundledFactBaseDir(): string {
  return path.resolve(__dirname, '..', 'facts');
}
