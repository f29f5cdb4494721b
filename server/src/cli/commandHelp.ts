import { USAGE } from './args';

interface CommandHelp {
  synopsis: string[];
  about: string;
  /** Flags, each worded as the general usage words it. */
  options: string[];
}

const CHECK_OPTIONS = ['--facts', '--format', '--fix', '--fix-dry-run', '--report-unused-ignores', '--baseline', '--changed-since', '--cache', '--cache-location', '--workers'];

const HELP: Record<string, CommandHelp> = {
  check: {
    synopsis: ['sourcecheck check [files, folders or globs] [options]'],
    about: 'Checks the dates, figures and names in Markdown drafts against a fact base.\nWithout files, checks the current folder when a config file or --changed-since says what to check.',
    options: CHECK_OPTIONS,
  },
  baseline: {
    synopsis: ['sourcecheck baseline [files, folders or globs] --baseline FILE [options]'],
    about: "Records today's findings in FILE, so that check --baseline FILE reports only new ones.",
    options: CHECK_OPTIONS.filter((o) => !o.startsWith('--fix')),
  },
  init: {
    synopsis: ['sourcecheck init'],
    about: 'Writes a commented starter sourcecheck.config.json in the current folder.',
    options: [],
  },
  facts: {
    synopsis: [],
    about: 'Tools for a fact base. Each command has its own --help.',
    options: [],
  },
  'facts init': {
    synopsis: ['sourcecheck facts init DIR'],
    about: [
      'Writes a fact base to start from in DIR: sources.json, entities.json and facts.json with',
      'one example of each value type (each explained in its "note"), a sample source text, and',
      'the JSON Schemas their "$schema" names, so that an editor validates the files as you type.',
      'It never overwrites a file: when any of them exists, it writes nothing and exits with 2.',
    ].join('\n'),
    options: [],
  },
  'facts check': {
    synopsis: ['sourcecheck facts check [DIR]'],
    about: [
      'Reports every problem of the fact base in DIR with its file, line and column, and exits',
      'with 2 when there is any: JSON syntax, the schema, unknown or repeated ids, quotes that',
      'are not verbatim (with the nearest passage), and as warnings, values that their quotes',
      'do not state and names that two entities share.',
      "Without DIR: --facts, else the config's factBase, else ./facts, else the bundled base.",
    ].join('\n'),
    options: ['--facts'],
  },
  'facts coverage': {
    synopsis: ['sourcecheck facts coverage DRAFTS... [--format table|json]'],
    about: [
      "Lists each draft's claims, supported, contradicted or unsourced, with the fact behind each,",
      'and the sources the draft rests on. Drafts are found and configured as check finds them.',
      '--format table (the default) or --format json.',
    ].join('\n'),
    options: ['--facts', '--workers'],
  },
  'facts extract': {
    synopsis: ['sourcecheck facts extract SOURCES... [--into DIR] [--force | --as-base]'],
    about: [
      'Proposes facts from source texts (.txt or .md): the dates, figures, titles and places that',
      'the checker reads in their sentences, each quoting its sentence verbatim. Writes them for',
      'review into DIR as facts.draft.json, entities.draft.json (names the base does not know, with',
      'a guessed kind) and sources.draft.json (sources that sources.json does not list). It never',
      'writes facts.json, entities.json or sources.json, and replaces an earlier draft only with --force.',
      'With --as-base it writes a new fact base instead, into a DIR that holds none: the proposals as',
      'facts.json, entities.json and sources.json, and the texts under sources/, ready to check with.',
    ].join('\n'),
    options: ['--into', '--force', '--as-base', '--facts'],
  },
};

/** One command's usage, for `sourcecheck COMMAND --help`. */
export function commandUsage(command: string): string {
  const help = HELP[command];
  const synopsis = command === 'facts' ? Object.keys(HELP).flatMap((c) => (c.startsWith('facts ') ? HELP[c].synopsis : [])) : help.synopsis;
  const lines = ['Usage:', ...synopsis.map((s) => `  ${s}`), '', help.about, '', 'Options:', ...[...help.options, '-h'].map(optionLine)];
  return lines.join('\n');
}

/** The line of the general usage that describes a flag. */
function optionLine(flag: string): string {
  const line = USAGE.split('\n').find((l) => l.trimStart().split(/[\s,]+/)[0] === flag);
  if (!line) throw new Error(`no usage line for ${flag}`);
  return line;
}
