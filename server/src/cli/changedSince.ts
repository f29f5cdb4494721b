import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export class GitError extends Error {}

/**
 * The files that differ from `ref` in the work tree (`git diff --name-only ref`, which
 * takes a range such as `origin/main...HEAD` too), deletions left out, plus untracked
 * files that git does not ignore: a new draft not yet committed is a changed draft.
 * Absolute paths.
 */
export function changedSince(ref: string, cwd: string): Set<string> {
  const root = git(['rev-parse', '--show-toplevel'], cwd, () => `--changed-since needs a git work tree, and ${cwd} is not in one`).trim();
  const changed = git(['diff', '--name-only', '--no-renames', '--diff-filter=d', ref, '--'], root, (err) => `--changed-since ${ref}: ${err}`);
  const untracked = git(['ls-files', '--others', '--exclude-standard'], root, (err) => err);
  return new Set(
    `${changed}\n${untracked}`
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => path.join(root, line)),
  );
}

function git(args: string[], cwd: string, explain: (stderr: string) => string): string {
  const r = spawnSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, encoding: 'utf8' });
  if (r.error) throw new GitError(`--changed-since needs git: ${r.error.message}`);
  if (r.status !== 0) throw new GitError(explain(r.stderr.trim().split('\n')[0] ?? ''));
  return r.stdout;
}
