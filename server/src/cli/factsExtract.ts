import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFacts, knownBase, type Proposals, type SourceInput } from '../engine/index';
import { readFactBase } from '../io/readFactBase';
import { configuredFactBase } from '../shared/configRules';
import type { CliArgs } from './args';
import { Configs } from './configs';
import { InitError } from './init';
import type { Io } from './main';
import { baseFiles, draftFiles } from './proposalFiles';
import { listedSources } from './listedSources';
import { ReadError } from './plan';
import { writeAtomic } from './writeAtomic';

/**
 * `facts extract SOURCE... [--into DIR]`: writes the proposals as *.draft.json files
 * beside the curated ones, which it never touches. An existing draft is replaced only
 * with --force, so a reviewer's half-done work is not lost to a second run.
 */
export function factsExtract(args: CliArgs, cwd: string, io: Io): void {
  const dir = targetDir(args, cwd);
  if (args.asBase) return writeBase(args, cwd, dir, io);
  const files = draftFiles(proposalsFor(readInputs(args.patterns, cwd), dir));
  const existing = Object.keys(files).map((name) => path.join(dir, name)).filter((f) => fs.existsSync(f));
  if (existing.length > 0 && !args.force) {
    throw new InitError(`sourcecheck: facts extract replaces a draft only with --force, and these exist: ${existing.map((f) => path.relative(cwd, f)).join(', ')}`);
  }
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeAtomic(path.join(dir, name), text);
  const shown = path.relative(cwd, dir) || '.';
  io.write(`wrote ${Object.keys(files).map((n) => path.join(shown, n)).join(', ')}: review them, merge them into the curated files, then run facts check\n`);
}

/**
 * `--as-base`: the proposals as they stand, as a fact base that loads and checks, for a
 * first look at what the sources hold. Only into a folder without a fact base, since
 * nothing here is reviewed. Sources that a sources.json beside them lists keep their entries.
 */
function writeBase(args: CliArgs, cwd: string, dir: string, io: Io): void {
  const inputs = readInputs(args.patterns, cwd);
  const taken = ['facts.json', 'entities.json', 'sources.json', 'sources'].map((n) => path.join(dir, n)).filter((f) => fs.existsSync(f));
  if (taken.length > 0) throw new InitError(`sourcecheck: facts extract --as-base writes only into a folder without a fact base, and these exist: ${taken.map((f) => path.relative(cwd, f)).join(', ')}`);
  const listed = listedSources(args.patterns.map((p) => path.resolve(cwd, p)));
  const files = baseFiles(extractFacts(inputs, { ...EMPTY_BASE, sources: listed }), inputs, listed);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeAtomic(path.join(dir, name), text);
  }
  io.write(`wrote a fact base of ${inputs.length} sources into ${path.relative(cwd, dir) || '.'}: unreviewed, so review it before you rely on it\n`);
}

const EMPTY_BASE = { sources: [], entities: [], facts: [] };

function readInputs(patterns: string[], cwd: string): SourceInput[] {
  return patterns.map((p) => {
    const file = path.resolve(cwd, p);
    if (!/\.(?:txt|md)$/i.test(file)) throw new ReadError(`sourcecheck: ${p}: a source is a .txt or .md file`);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new ReadError(`sourcecheck: ${p}: no such file`);
    return { file: path.basename(file), text: fs.readFileSync(file, 'utf8') };
  });
}

function proposalsFor(inputs: SourceInput[], dir: string): Proposals {
  const known = fs.existsSync(dir) ? knownBase(readFactBase(dir)) : EMPTY_BASE;
  return extractFacts(inputs, known);
}

/** --into, else the fact base in use (--facts, the config's), else ./facts. */
function targetDir(args: CliArgs, cwd: string): string {
  const named = args.into ?? args.factsDir;
  if (named) return path.resolve(cwd, named);
  return configuredFactBase(new Configs().forDir(cwd)) ?? path.join(cwd, 'facts');
}
