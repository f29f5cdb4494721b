/** The command line, parsed; a usage error is data until main turns it into exit code 2. */
export interface CliArgs {
  command: 'check' | 'help' | 'version';
  patterns: string[];
  factsDir?: string;
  format: string;
}

export class UsageError extends Error {}

const VALUE_FLAGS = new Set(['--facts', '--format']);

export function parseArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help', patterns: [], format: 'stylish' };
  if (command === '--version' || command === '-v') return { command: 'version', patterns: [], format: 'stylish' };
  if (command !== 'check') throw new UsageError(`unknown command "${command}"`);
  const args: CliArgs = { command: 'check', patterns: [], format: 'stylish' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      if (flag === '--facts') args.factsDir = value;
      else args.format = value;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option "${a}"`);
    } else {
      args.patterns.push(a);
    }
  }
  if (args.patterns.length === 0) throw new UsageError('name the drafts to check: files, folders or globs');
  return args;
}

export const USAGE = `Usage: sourcecheck check [files, folders or globs] [options]

Checks the dates, figures and names in Markdown drafts against a fact base.

Options:
  --facts DIR       the fact base folder (default: the bundled fact base)
  --format NAME     stylish (default) or json
  -h, --help        show this help
  -v, --version     show the version

Exit codes: 0 no errors, 1 errors found, 2 usage error, unreadable file or invalid fact base.`;
