import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createChecker, loadFactBase, type Checker, type FactBase } from '../server/src/engine';
import { parseMarkdown } from '../server/src/engine/markdown/prose';
import { readFactBase } from '../server/src/io/readFactBase';
import { Rng } from './prng';
import { MB, median, msSince, percentile, timeRuns } from './stats';
import { apply, Typist } from './typing';

/**
 * The engine in this process, after warm-up. Every cold measurement gets a fresh
 * checker, so its per-sentence memo starts empty, as in a CLI run; the warm re-check
 * then measures what the memo saves when nothing changed.
 */

// No forced GC before a timed run: V8 then shrinks its young generation and the run
// pays for growing it again (markdown-it parses a 100 KB draft 3× slower right after gc()).
const none = () => undefined;

export interface DraftInput {
  name: string;
  file: string;
  runs: number;
}

export interface Throughput {
  name: string;
  bytes: number;
  coldMs: number;
  warmMs: number;
  mbPerS: number;
  floorMs: number;
  floorMbPerS: number;
  /** Engine throughput over the floor's. */
  ofFloor: number;
}

export function loadInProcess(dir: string): FactBase {
  const { factBase, problems } = loadFactBase(readFactBase(dir));
  if (!factBase) throw new Error(`invalid fact base ${dir}: ${JSON.stringify(problems.slice(0, 3))}`);
  return factBase;
}

// The engine's own parser, configured as the engine uses it (block structure; the
// engine reads inline text itself): server/src/engine/markdown/prose.ts.
const md = { parse: (text: string, _env: object) => parseMarkdown(text) };

/** The floor's parser needs its own warm-up: markdown-it runs several times slower before the JIT has seen it. */
export function warmUp(fb: FactBase, text: string): void {
  for (let i = 0; i < 3; i++) createChecker(fb).check(text);
  for (let i = 0; i < 30; i++) md.parse(text, {});
}

/** Cold and warm checks per draft, beside the floor: reading the file and parsing it as the engine does. */
export function throughput(fb: FactBase, drafts: DraftInput[]): Throughput[] {
  return drafts.map((d) => {
    const text = fs.readFileSync(d.file, 'utf8');
    const bytes = Buffer.byteLength(text);
    const floor = median(timeRuns(Math.max(2 * d.runs, 10), none, () => md.parse(fs.readFileSync(d.file, 'utf8'), {})));
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < d.runs; i++) {
      const checker = createChecker(fb);
      cold.push(timeRuns(1, none, () => checker.check(text))[0]);
      warm.push(timeRuns(1, none, () => checker.check(text))[0]);
    }
    const coldMs = median(cold);
    const mbPerS = bytes / MB / (coldMs / 1000);
    const floorMbPerS = bytes / MB / (floor / 1000);
    return { name: d.name, bytes, coldMs, warmMs: median(warm), mbPerS, floorMs: floor, floorMbPerS, ofFloor: mbPerS / floorMbPerS };
  });
}

export interface Keystrokes {
  count: number;
  medianMs: number;
  p95Ms: number;
}

/** One keystroke at a time into a checked draft, each re-checked by the same (warm) checker. */
export function keystrokes(fb: FactBase, file: string, count: number): Keystrokes {
  let text = fs.readFileSync(file, 'utf8');
  const checker: Checker = createChecker(fb);
  checker.check(text);
  const typist = new Typist(new Rng(42));
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    text = apply(text, typist.next(text));
    const start = process.hrtime.bigint();
    checker.check(text);
    times.push(msSince(start));
  }
  return { count, medianMs: median(times), p95Ms: percentile(times, 95) };
}

export interface Flatness {
  facts: number;
  coldMs: number;
}

/**
 * The same draft against fact bases of growing size: the check must not grow with them.
 * The runs take the bases in turn, so that a spell of load from elsewhere on the machine
 * slows every base alike instead of the one being timed (one such spell made a run of
 * this draft against 1,000 facts nearly three times as slow as the next).
 */
export function flatness(file: string, bases: Array<{ facts: number; dir: string }>, runs: number): Flatness[] {
  const text = fs.readFileSync(file, 'utf8');
  const loaded = bases.map(({ facts, dir }) => ({ facts, fb: loadInProcess(dir), times: [] as number[] }));
  for (const { fb } of loaded) createChecker(fb).check(text);
  for (let i = 0; i < runs; i++) {
    for (const base of loaded) base.times.push(...timeRuns(1, () => createChecker(base.fb), (checker) => checker.check(text)));
  }
  return loaded.map(({ facts, times }) => ({ facts, coldMs: median(times) }));
}

export interface LoadCost {
  facts: number;
  totalMs: number;
  heapMB: number;
  rssMB: number;
}

/** Fact base load time and memory, each in a fresh process (median time of `runs`). */
export function loadCost(dir: string, runs: number): LoadCost {
  const probe = bundledProbe();
  const probes = Array.from({ length: runs }, () => {
    const out = spawnSync(process.execPath, ['--expose-gc', probe, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (out.status !== 0) throw new Error(`load probe failed for ${dir}: ${out.stderr}`);
    return JSON.parse(out.stdout) as LoadCost;
  });
  return { facts: probes[0].facts, totalMs: median(probes.map((p) => p.totalMs)), heapMB: median(probes.map((p) => p.heapMB)), rssMB: median(probes.map((p) => p.rssMB)) };
}

/**
 * The load probe bundled as esbuild.mjs bundles the CLI: run through tsx's loader, the
 * same load showed some 180 MiB more resident memory, none of it the engine's.
 */
function bundledProbe(): string {
  const outfile = path.join(__dirname, 'out', 'loadProbe.js');
  buildSync({ entryPoints: [path.join(__dirname, 'loadProbe.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' });
  return outfile;
}
