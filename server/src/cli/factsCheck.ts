import * as fs from 'node:fs';
import * as path from 'node:path';
import { blocksLoading, loadFactBase, type FactBase, type Problem } from '../engine/index';
import { bundledFactBaseDir, readFactBase } from '../io/readFactBase';
import { configuredFactBase } from '../shared/configRules';
import type { CliArgs } from './args';
import { Configs } from './configs';
import { FactBaseError } from './factBases';
import type { Io } from './main';
import { problemLine } from './problemLine';

/** `facts check [DIR]`: every problem of a fact base, errors and warnings; true when there is none. */
export function factsCheck(args: CliArgs, cwd: string, io: Io): boolean {
  const dir = factBaseToCheck(args, cwd);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new FactBaseError(`sourcecheck: ${dir}: no such folder`);
  const shown = path.relative(cwd, dir) || '.';
  const { factBase, problems } = loadFactBase(readFactBase(dir));
  for (const p of problems) io.write(`${problemLine(shown, p)}\n`);
  io.write(`${summary(shown, factBase, problems)}\n`);
  return problems.length === 0;
}

/** DIR, else --facts, else the config's fact base, else ./facts, else the bundled one. */
function factBaseToCheck(args: CliArgs, cwd: string): string {
  const named = args.patterns[0] ?? args.factsDir;
  if (named) return path.resolve(cwd, named);
  const configured = configuredFactBase(new Configs().forDir(cwd));
  if (configured) return configured;
  return fs.existsSync(path.join(cwd, 'facts', 'facts.json')) ? path.join(cwd, 'facts') : bundledFactBaseDir();
}

function summary(dir: string, factBase: FactBase | undefined, problems: Problem[]): string {
  const errors = problems.filter(blocksLoading).length;
  const warnings = problems.length - errors;
  const found = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  if (!factBase) return `the fact base in ${dir} does not load: ${found}`;
  const checked = `${plural(factBase.sources.length, 'source')}, ${plural(factBase.entities.length, 'entity', 'entities')}, ${plural(factBase.facts.length, 'fact')}`;
  return `checked ${checked} in ${dir}: ${problems.length === 0 ? 'no problems' : found}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
