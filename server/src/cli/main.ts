import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledFactBaseDir } from '../io/readFactBase';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args';
import { applyBaseline, BaselineError, buildBaseline, readBaseline } from './baseline';
import { commandUsage } from './commandHelp';
import { ResultCache, toolIdentity } from './cache';
import { GitError } from './changedSince';
import { checkPlans, type CheckContext } from './checkPlans';
import { ConfigError, Configs } from './configs';
import { DiscoveryError } from './discover';
import { FactBaseError, FactBases } from './factBases';
import { factsCheck } from './factsCheck';
import { factsCoverage } from './factsCoverage';
import { factsExtract } from './factsExtract';
import { factsInit } from './factsInit';
import { applyFixes, unifiedDiff } from './fix';
import { FORMATTERS } from './formats/index';
import { InitError, writeStarterConfig } from './init';
import { planDrafts, ReadError, type DraftPlan } from './plan';
import { buildReport, type FileReport } from './report';
import { fileReport } from './toReport';
import { isCheckWorker, serveChecks } from './workers';
import { writeAtomic } from './writeAtomic';

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_TROUBLE = 2;

/** Errors that are the user's to fix (a flag, a file, a config, git): a message and exit code 2, no stack. */
const TROUBLE = [UsageError, DiscoveryError, ConfigError, FactBaseError, GitError, BaselineError, ReadError, InitError];

export interface Io {
  write(s: string): void;
  warn(s: string): void;
  color: boolean;
}

/** The CLI owns files, flags and exit codes; the engine only sees text. Only --fix writes to a draft. */
export async function run(argv: string[], cwd: string, io: Io): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.warn(`sourcecheck: ${(e as Error).message}\n\n${USAGE}\n`);
    return EXIT_TROUBLE;
  }
  if (args.command === 'help') return io.write(`${args.helpTopic ? commandUsage(args.helpTopic) : USAGE}\n`), EXIT_OK;
  if (args.command === 'version') return io.write(`${VERSION}\n`), EXIT_OK;
  try {
    if (args.command === 'init') return init(cwd, io);
    if (args.command === 'facts init') return factsInit(args.patterns[0], cwd, io), EXIT_OK;
    if (args.command === 'facts coverage') return await factsCoverage(args, cwd, io), EXIT_OK;
    if (args.command === 'facts extract') return factsExtract(args, cwd, io), EXIT_OK;
    if (args.command === 'facts check') return factsCheck(args, cwd, io) ? EXIT_OK : EXIT_TROUBLE;
    return await check(args, cwd, io);
  } catch (e) {
    if (!TROUBLE.some((kind) => e instanceof kind)) throw e;
    const message = (e as Error).message;
    io.warn(`${message.startsWith('sourcecheck: ') || e instanceof FactBaseError ? '' : 'sourcecheck: '}${message}\n`);
    return EXIT_TROUBLE;
  }
}

function init(cwd: string, io: Io): number {
  const file = writeStarterConfig(cwd, path.join(bundledFactBaseDir(), 'schema', 'sourcecheck.config.schema.json'));
  io.write(`wrote ${path.relative(cwd, file)}\n`);
  return EXIT_OK;
}

async function check(args: CliArgs, cwd: string, io: Io): Promise<number> {
  const format = args.format ?? 'stylish';
  const formatter = FORMATTERS[format];
  if (!formatter) throw new UsageError(`unknown format "${format}" (choose ${Object.keys(FORMATTERS).join(', ')})`);
  const configs = new Configs();
  const patterns = args.patterns.length > 0 ? args.patterns : defaultPatterns(args, cwd, configs);
  const plans = planDrafts(args, patterns, cwd, configs);
  const useCache = args.cache || args.cacheLocation !== undefined;
  const cache = useCache ? new ResultCache(path.resolve(cwd, args.cacheLocation ?? 'node_modules/.cache/sourcecheck')) : undefined;
  const ctx: CheckContext = { factBases: new FactBases(), cache, tool: toolIdentity(VERSION, __filename), bundle: __filename, workers: args.workers };
  const results = await checkPlans(plans, ctx);
  const baselineFile = args.baseline ? path.resolve(cwd, args.baseline) : undefined;

  if (args.command === 'baseline') {
    const baseline = buildBaseline(plans.map((p, i) => fileReport(p, results[i], cwd)), baselineFile!, cwd);
    writeAtomic(baselineFile!, `${JSON.stringify(baseline, null, 2)}\n`);
    cache?.save();
    io.warn(`sourcecheck: recorded ${baseline.findings.reduce((n, f) => n + f.count, 0)} findings of ${plans.length} drafts in ${path.relative(cwd, baselineFile!)}\n`);
    return EXIT_OK;
  }
  const baseline = baselineFile ? readBaseline(baselineFile) : undefined;
  // A missing baseline is an empty one, so a CI workflow that names it works before the first `baseline` run.
  if (baselineFile && baseline?.size === 0 && !fs.existsSync(baselineFile)) io.warn(`sourcecheck: no baseline at ${path.relative(cwd, baselineFile)} yet: every finding is new\n`);
  const reportOf = (rs: typeof results) => {
    const files = plans.map((p, i) => fileReport(p, rs[i], cwd));
    if (!baseline) return { files, suppressed: undefined };
    return applyBaseline(files, baseline, baselineFile!, cwd);
  };
  let { files, suppressed } = reportOf(results);

  if (args.fixDryRun) {
    io.write(plans.map((p, i) => diffOfFixes(p, files[i])).join(''));
    cache?.save();
    return buildReport(files).summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
  }
  if (args.fix) {
    const fixed = writeFixes(plans, files);
    if (fixed.length > 0) {
      io.warn(`sourcecheck: fixed ${fixed.length} draft${fixed.length === 1 ? '' : 's'}\n`);
      // Only the rewritten drafts are checked again; what remains in them is what the report shows.
      const again = await checkPlans(fixed.map((i) => plans[i]), ctx);
      fixed.forEach((planIndex, k) => (results[planIndex] = again[k]));
      ({ files, suppressed } = reportOf(results));
    }
  }
  cache?.save();
  const report = buildReport(files, suppressed);
  if (suppressed !== undefined) io.warn(`sourcecheck: ${suppressed} finding${suppressed === 1 ? '' : 's'} suppressed by the baseline ${path.relative(cwd, baselineFile!)}\n`);
  io.write(formatter(report, { color: io.color, version: VERSION }));
  return report.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** Without files, the working folder is checked only when a config or --changed-since says what to take from it. */
function defaultPatterns(args: CliArgs, cwd: string, configs: Configs): string[] {
  if (args.changedSince || configs.forDir(cwd)) return ['.'];
  throw new UsageError('name the drafts to check: files, folders or globs');
}

function fixedText(plan: DraftPlan, file: FileReport): string {
  return applyFixes(plan.text, file.findings);
}

function diffOfFixes(plan: DraftPlan, file: FileReport): string {
  const text = fixedText(plan, file);
  return text === plan.text ? '' : unifiedDiff(plan.reportPath, plan.text, text);
}

/** Writes each draft whose text the fixes change and updates its plan; returns their indexes, for the re-check. */
function writeFixes(plans: DraftPlan[], files: FileReport[]): number[] {
  const fixed: number[] = [];
  plans.forEach((plan, i) => {
    const text = fixedText(plan, files[i]);
    if (text === plan.text) return;
    writeAtomic(plan.file, text);
    plan.text = text;
    fixed.push(i);
  });
  return fixed;
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

if (isCheckWorker()) {
  serveChecks();
} else if (require.main === module) {
  run(process.argv.slice(2), process.cwd(), {
    write: (s) => process.stdout.write(s),
    warn: (s) => process.stderr.write(s),
    color: process.stdout.isTTY === true,
  }).then(
    (code) => (process.exitCode = code),
    (e: Error) => {
      process.stderr.write(`sourcecheck: unexpected failure: ${e.stack ?? e.message}\n`);
      process.exitCode = EXIT_TROUBLE;
    },
  );
}
