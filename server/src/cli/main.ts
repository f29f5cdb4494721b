import * as fs from 'node:fs';
import * as path from 'node:path';
import { createChecker, loadFactBase, type Checker } from '../engine/index';
import { bundledFactBaseDir, readFactBase } from '../io/readFactBase';
import { parseArgs, USAGE, type CliArgs } from './args';
import { discover, DiscoveryError } from './discover';
import { FORMATTERS } from './formats/index';
import { buildReport, fileReport } from './report';

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_TROUBLE = 2;

/** The CLI owns files, flags and exit codes; the engine only sees text. It never writes to a draft. */
export function run(argv: string[], cwd: string, write: (s: string) => void, warn: (s: string) => void): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    warn(`sourcecheck: ${(e as Error).message}\n\n${USAGE}\n`);
    return EXIT_TROUBLE;
  }
  if (args.command === 'help') return write(`${USAGE}\n`), EXIT_OK;
  if (args.command === 'version') return write(`${VERSION}\n`), EXIT_OK;
  const formatter = FORMATTERS[args.format];
  if (!formatter) return warn(`sourcecheck: unknown format "${args.format}" (choose ${Object.keys(FORMATTERS).join(', ')})\n`), EXIT_TROUBLE;
  const checker = loadChecker(args.factsDir ? path.resolve(cwd, args.factsDir) : bundledFactBaseDir(), warn);
  if (!checker) return EXIT_TROUBLE;
  let files: string[];
  try {
    files = discover(args.patterns, cwd);
  } catch (e) {
    if (!(e instanceof DiscoveryError)) throw e;
    return warn(`sourcecheck: ${e.message}\n`), EXIT_TROUBLE;
  }
  const reports = [];
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      return warn(`sourcecheck: ${path.relative(cwd, file)}: cannot read: ${(e as Error).message}\n`), EXIT_TROUBLE;
    }
    reports.push(fileReport(path.relative(cwd, file) || file, checker.check(text)));
  }
  const report = buildReport(reports);
  write(formatter(report, process.stdout.isTTY === true));
  return report.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function loadChecker(dir: string, warn: (s: string) => void): Checker | undefined {
  if (!fs.existsSync(path.join(dir, 'facts.json'))) {
    warn(`sourcecheck: ${dir}: not a fact base (no facts.json)\n`);
    return undefined;
  }
  const { factBase, problems } = loadFactBase(readFactBase(dir));
  if (!factBase) {
    for (const p of problems) warn(`${path.join(dir, p.file)}:${p.line + 1}:${p.character + 1}: ${p.message}\n`);
    warn(`sourcecheck: the fact base in ${dir} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'})\n`);
    return undefined;
  }
  return createChecker(factBase);
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), process.cwd(), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
