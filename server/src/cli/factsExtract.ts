import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFacts, knownBase, type Proposals } from '../engine/index';
import { readFactBase } from '../io/readFactBase';
import { configuredFactBase } from '../shared/configRules';
import type { CliArgs } from './args';
import { Configs } from './configs';
import { InitError } from './init';
import type { Io } from './main';
import { draftFiles } from './proposalFiles';
import { ReadError } from './plan';
import { writeAtomic } from './writeAtomic';

/**
 * `facts extract SOURCE... [--into DIR]`: writes the proposals as *.draft.json files
 * beside the curated ones, which it never touches. An existing draft is replaced only
 * with --force, so a reviewer's half-done work is not lost to a second run.
 */
export function factsExtract(args: CliArgs, cwd: string, io: Io): void {
  const dir = targetDir(args, cwd);
  const files = draftFiles(proposalsFor(args.patterns, cwd, dir));
  const existing = Object.keys(files).map((name) => path.join(dir, name)).filter((f) => fs.existsSync(f));
  if (existing.length > 0 && !args.force) {
    throw new InitError(`sourcecheck: facts extract replaces a draft only with --force, and these exist: ${existing.map((f) => path.relative(cwd, f)).join(', ')}`);
  }
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeAtomic(path.join(dir, name), text);
  const shown = path.relative(cwd, dir) || '.';
  io.write(`wrote ${Object.keys(files).map((n) => path.join(shown, n)).join(', ')}: review them, merge them into the curated files, then run facts check\n`);
}

function proposalsFor(patterns: string[], cwd: string, dir: string): Proposals {
  const inputs = patterns.map((p) => {
    const file = path.resolve(cwd, p);
    if (!/\.(?:txt|md)$/i.test(file)) throw new ReadError(`sourcecheck: ${p}: a source is a .txt or .md file`);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new ReadError(`sourcecheck: ${p}: no such file`);
    return { file: path.basename(file), text: fs.readFileSync(file, 'utf8') };
  });
  const known = fs.existsSync(dir) ? knownBase(readFactBase(dir)) : { sources: [], entities: [], facts: [] };
  return extractFacts(inputs, known);
}

/** --into, else the fact base in use (--facts, the config's), else ./facts. */
function targetDir(args: CliArgs, cwd: string): string {
  const named = args.into ?? args.factsDir;
  if (named) return path.resolve(cwd, named);
  return configuredFactBase(new Configs().forDir(cwd)) ?? path.join(cwd, 'facts');
}
