import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The local path behind a `file:` URI; undefined for untitled and remote documents. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

/** A file inside a fact base folder, named by its path relative to the folder. */
export function factFileUri(dir: string, relative: string): string {
  return pathToUri(path.join(dir, relative));
}

/** Whether `file` lies inside `dir` (or is `dir`). */
export function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
