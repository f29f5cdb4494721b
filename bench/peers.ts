import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { median, msSince } from './stats';

/**
 * Whole processes, as CI runs them: Source Check's CLI beside the tools a writer
 * would otherwise run on the same files. Wall time from here, peak memory from GNU
 * time (the largest resident set of the process tree's members).
 */

const REPO = path.resolve(__dirname, '..');
const BIN = (name: string) => path.join(REPO, 'node_modules', '.bin', name);
const TIME = '/usr/bin/time';

/** Not a peer but the floor: reading the same files and parsing them with markdown-it, in a process of its own. */
export const FLOOR_TOOL = 'markdown-it read+parse';

export interface Tool {
  name: string;
  /** The command for a corpus: a file, or a glob of files. */
  command: (target: string) => string[];
}

/** Source Check's result cache is opt-in (`--cache`), so every run here is cold, like the peers'. */
export function tools(textlintConfig: string): Tool[] {
  return [
    { name: 'sourcecheck', command: (t) => [process.execPath, path.join(REPO, 'dist', 'cli.js'), 'check', t] },
    { name: FLOOR_TOOL, command: (t) => [process.execPath, path.join(REPO, 'bench', 'markdownItFloor.mjs'), t] },
    { name: 'cspell', command: (t) => [BIN('cspell'), 'lint', '--no-progress', '--no-summary', t] },
    { name: 'markdownlint-cli2', command: (t) => [BIN('markdownlint-cli2'), t] },
    { name: 'textlint+prh', command: (t) => [BIN('textlint'), '--config', textlintConfig, t] },
  ];
}

export interface Run {
  wallS: number;
  peakMB: number | null;
}

export interface PeerResult {
  tool: string;
  corpus: string;
  runs: number;
  wallS: number;
  peakMB: number | null;
}

/** Medians of `runs` whole-process runs of `tool` on `target`. */
export function measure(tool: Tool, corpus: string, target: string, runs: number): PeerResult {
  const results = Array.from({ length: runs }, () => once(tool, target));
  const peaks = results.map((r) => r.peakMB).filter((p): p is number => p !== null);
  return { tool: tool.name, corpus, runs, wallS: median(results.map((r) => r.wallS)), peakMB: peaks.length ? median(peaks) : null };
}

function once(tool: Tool, target: string): Run {
  const [cmd, ...args] = tool.command(target);
  const timed = fs.existsSync(TIME);
  const report = path.join(os.tmpdir(), `sourcecheck-bench-time-${process.pid}.txt`);
  const start = process.hrtime.bigint();
  const out = timed
    ? spawnSync(TIME, ['-f', '%M', '-o', report, cmd, ...args], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const wallS = msSince(start) / 1000;
  // Findings exit with 1; 2 and up, or a tool's own crash report, mean the run measured nothing.
  const stderr = out.stderr?.toString() ?? '';
  if (out.status === null || out.status > 1 || /unexpected error|error while loading/i.test(stderr)) {
    throw new Error(`${tool.name} failed on ${target} (exit ${out.status}):\n${stderr.slice(0, 2000)}`);
  }
  const peakMB = timed ? Number(fs.readFileSync(report, 'utf8').trim().split('\n').pop()) / 1024 : null;
  return { wallS, peakMB };
}
