/** Order statistics of timings: medians and tails, never means, which one GC pause skews. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Milliseconds since `start` (a `process.hrtime.bigint()` reading). */
export const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** `runs` timings of `work` in milliseconds; `setup` runs untimed before each. */
export function timeRuns<S>(runs: number, setup: () => S, work: (state: S) => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const state = setup();
    const start = process.hrtime.bigint();
    work(state);
    times.push(msSince(start));
  }
  return times;
}

export const MB = 1024 * 1024;
