import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

/** A draft sentence that contradicts its source (the visit was on August 19, 2022). */
export const WRONG = 'Tokayev visited Sochi on August 21, 2022.\n';
export const RIGHT = 'Tokayev visited Sochi on August 19, 2022.\n';
/** Two contradictions with fixes in one sentence: a date and a figure. */
export const TWO_WRONG = 'Tokayev visited Sochi on August 21, 2022. Kazakhstan and Russia share a border of 7,464 kilometers.\n';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI, as a user runs it. */
export function sourcecheck(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-cli-'));
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

export function read(dir: string, name: string): string {
  return fs.readFileSync(path.join(dir, name), 'utf8');
}

/** A copy of the bundled fact base in `dir/facts`, for a test that edits it. */
export function copyFacts(dir: string): string {
  const facts = path.join(dir, 'facts');
  fs.cpSync(path.join(ROOT, 'facts'), facts, { recursive: true });
  return facts;
}

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** A git repository of drafts with one commit on `main`, its author set so commits work anywhere. */
export function gitRepo(files: Record<string, string>): string {
  const dir = tempDir(files);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.invalid');
  git(dir, 'config', 'user.name', 'Test');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'drafts');
  return dir;
}

export function json(run: Run) {
  return JSON.parse(run.stdout);
}
