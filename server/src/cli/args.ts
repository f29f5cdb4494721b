/** The command line, parsed; a usage error is data until main turns it into exit code 2. */
export interface CliArgs {
  command: 'check' | 'baseline' | 'init' | 'facts check' | 'facts init' | 'facts coverage' | 'facts extract' | 'help' | 'version';
  /** With `help`: the command whose usage was asked for, as in `check --help`. */
  helpTopic?: string;
  patterns: string[];
  factsDir?: string;
  /** With `facts extract`: the folder to write the drafts in. */
  into?: string;
  /** With `facts extract`: replace drafts an earlier run wrote. */
  force?: boolean;
  /** With `facts extract`: write the proposals as a fact base of their own, unreviewed. */
  asBase?: boolean;
  /** The output format; each command has its own default. */
  format?: string;
  fix: boolean;
  fixDryRun: boolean;
  reportUnusedIgnores: boolean;
  baseline?: string;
  changedSince?: string;
  cache: boolean;
  cacheLocation?: string;
  /** Worker threads beside the main thread; undefined lets the size of the run decide. */
  workers?: number;
}

export class UsageError extends Error {}

type ValueFlag = '--facts' | '--into' | '--format' | '--baseline' | '--changed-since' | '--cache-location' | '--workers';
type BooleanFlag = '--fix' | '--fix-dry-run' | '--report-unused-ignores' | '--cache' | '--force' | '--as-base';

const VALUE_FLAGS = new Set<string>(['--facts', '--into', '--format', '--baseline', '--changed-since', '--cache-location', '--workers']);
const BOOLEAN_FLAGS = new Set<string>(['--fix', '--fix-dry-run', '--report-unused-ignores', '--cache', '--force', '--as-base']);
const FACTS_COMMANDS = ['init', 'check', 'coverage', 'extract'];
const COMMANDS = new Set(['check', 'baseline', 'init', ...FACTS_COMMANDS.map((c) => `facts ${c}`)]);

export function parseArgs(argv: string[]): CliArgs {
  const [command, ...rest] = commandWords(argv);
  const args: CliArgs = { command: 'help', patterns: [], fix: false, fixDryRun: false, reportUnusedIgnores: false, cache: false };
  if (command === undefined || command === 'help' || isHelpFlag(command)) return args;
  if (command === '--version' || command === '-v') return { ...args, command: 'version' };
  if (command === 'facts') return { ...args, helpTopic: 'facts' };
  if (!COMMANDS.has(command)) throw new UsageError(`unknown command "${command}"`);
  if (rest.some(isHelpFlag)) return { ...args, helpTopic: command };
  args.command = command as CliArgs['command'];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      setValue(args, flag as ValueFlag, value);
    } else if (BOOLEAN_FLAGS.has(a)) {
      setBoolean(args, a as BooleanFlag);
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option "${a}"`);
    } else {
      args.patterns.push(a);
    }
  }
  if (args.command === 'facts init' && args.patterns.length !== 1) throw new UsageError('facts init takes the folder to write the fact base in');
  if (args.command === 'facts coverage' && args.patterns.length === 0) throw new UsageError('facts coverage needs the drafts: files, folders or globs');
  if (args.command === 'facts extract' && args.patterns.length === 0) throw new UsageError('facts extract needs the source texts: .txt or .md files');
  if ((args.into !== undefined || args.force || args.asBase) && args.command !== 'facts extract') throw new UsageError('--into, --force and --as-base belong to facts extract');
  if (args.asBase && args.into === undefined) throw new UsageError('--as-base needs --into DIR, the new fact base folder');
  if (args.command === 'facts check' && args.patterns.length > 1) throw new UsageError('facts check takes one fact base folder');
  if (args.command === 'init' && args.patterns.length > 0) throw new UsageError('init takes no files: it writes sourcecheck.config.json here');
  if (args.command === 'baseline' && !args.baseline) throw new UsageError('baseline needs --baseline FILE, the file to write');
  if (args.fix && args.fixDryRun) throw new UsageError('choose --fix or --fix-dry-run, not both');
  return args;
}

/** `facts check …` is one command of two words; `facts` alone, or with --help, asks for the list of them. */
function commandWords(argv: string[]): string[] {
  const [command, sub, ...rest] = argv;
  if (command !== 'facts' || sub === undefined || isHelpFlag(sub)) return argv;
  return [`facts ${sub}`, ...rest];
}

function isHelpFlag(arg: string): boolean {
  return arg === '--help' || arg === '-h';
}

function setValue(args: CliArgs, flag: ValueFlag, value: string): void {
  if (flag === '--facts') args.factsDir = value;
  else if (flag === '--into') args.into = value;
  else if (flag === '--format') args.format = value;
  else if (flag === '--baseline') args.baseline = value;
  else if (flag === '--changed-since') args.changedSince = value;
  else if (flag === '--cache-location') args.cacheLocation = value;
  else {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new UsageError('--workers needs a whole number (0: check on the main thread only)');
    args.workers = n;
  }
}

function setBoolean(args: CliArgs, flag: BooleanFlag): void {
  if (flag === '--fix') args.fix = true;
  else if (flag === '--fix-dry-run') args.fixDryRun = true;
  else if (flag === '--report-unused-ignores') args.reportUnusedIgnores = true;
  else if (flag === '--force') args.force = true;
  else if (flag === '--as-base') args.asBase = true;
  else args.cache = true;
}

export const USAGE = `Usage:
  sourcecheck check [files, folders or globs] [options]
  sourcecheck baseline [files, folders or globs] --baseline FILE [options]
  sourcecheck init
  sourcecheck facts init DIR
  sourcecheck facts check [DIR]
  sourcecheck facts coverage DRAFTS... [--format table|json]
  sourcecheck facts extract SOURCES... [--into DIR] [--force | --as-base]

Checks the dates, figures and names in Markdown drafts against a fact base.
Without files, checks the current folder when a config file or --changed-since says what to check.

Commands:
  check                     report findings (the default use)
  baseline                  record today's findings in FILE, so that check --baseline FILE reports only new ones
  init                      write a commented starter sourcecheck.config.json in the current folder
  facts init                write a fact base to start from in DIR: the schema, an example of each value, a sample source
  facts check               report every problem of a fact base, with file, line and column
  facts coverage            list each draft's claims (supported, contradicted, unsourced) and the sources it rests on
  facts extract             propose facts from source texts, into facts.draft.json (and entities, sources) for review

Options:
  --facts DIR               the fact base folder (default: the config's factBase, else the bundled one)
  --format NAME             stylish (default), json, sarif, github, junit or html
  --into DIR                where facts extract writes its drafts (default: the fact base in use, else ./facts)
  --force                   let facts extract replace the drafts of an earlier run
  --as-base                 let facts extract write a fact base of its own into DIR, unreviewed
  --fix                     write the sourced value into the drafts for every finding with a fix
  --fix-dry-run             print the fixes as a unified diff instead of writing them
  --report-unused-ignores   warn about sourcecheck-ignore comments that suppress nothing
  --baseline FILE           report only findings that FILE does not record
  --changed-since REF       check only drafts that git says changed since REF (and untracked ones)
  --cache                   reuse the results of unchanged drafts (node_modules/.cache/sourcecheck)
  --cache-location PATH     keep the cache there instead (implies --cache)
  --workers N               worker threads beside the main one (default: one per other core, from 200 drafts or 2 MB; 0 for none)
  -h, --help                show this help
  -v, --version             show the version

Config: sourcecheck.config.json or .sourcecheckrc.json, the nearest one above each draft.
Exit codes: 0 no errors, 1 errors found, 2 usage error, unreadable file, invalid config or fact base.`;
