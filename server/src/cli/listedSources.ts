import * as fs from 'node:fs';
import * as path from 'node:path';
import { knownBase, type Source } from '../engine/index';

/**
 * The entries that a sources.json beside the sources' folder gives them: in a fact base
 * laid out as `facts/sources.json` and `facts/sources/*.txt`, the one above the texts, else
 * one in their own folder. A source's date there is what dates the years its text leaves
 * out, so a base made from the texts alone keeps what its writer said about them. Read
 * leniently, as the fact base in use is: `facts check` reports what is wrong with it.
 */
export function listedSources(files: readonly string[]): Source[] {
  const dirs = [...new Set(files.map((f) => path.dirname(f)))];
  const names = new Set(files.map((f) => path.basename(f)));
  return dirs.flatMap((dir) => entriesBeside(dir).filter((s) => names.has(s.file)));
}

function entriesBeside(dir: string): readonly Source[] {
  const beside = [path.join(dir, 'sources.json'), ...(path.basename(dir) === 'sources' ? [path.join(dir, '..', 'sources.json')] : [])];
  const file = beside.find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  return file ? knownBase(new Map([['sources.json', fs.readFileSync(file, 'utf8')]])).sources : [];
}
