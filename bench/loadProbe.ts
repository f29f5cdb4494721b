/**
 * Loads one fact base in a fresh process and prints what it cost, as JSON: a CLI or a
 * server pays this once, cold, and its memory is best read without the bench's own
 * corpora in the same heap. It loads as `sourcecheck check` does, without the warnings
 * that `facts check` reports. engine.ts runs it bundled, as the CLI ships, with
 * `node --expose-gc`.
 */
import { createChecker, loadFactBase, type LoadResult } from '../server/src/engine';
import { readFactBase } from '../server/src/io/readFactBase';
import { msSince } from './stats';

/** How long V8 takes to release freed pages, with time to spare (1 s left 406 of 481 MiB after loading 100,000 facts, 3 s no less). */
const SETTLE_MS = 1000;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const dir = process.argv[2];
gc();
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;
const start = process.hrtime.bigint();
const { readMs, loaded } = read(dir);
const loadMs = msSince(start) - readMs;
if (!loaded.factBase) throw new Error(`invalid fact base ${dir}: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
const checker = createChecker(loaded.factBase);
const totalMs = msSince(start);
gc();
const heapAfter = process.memoryUsage().heapUsed;
// V8 hands the pages a collection freed back to the system from a background task:
// resident memory is read once it has, as a host holding the base would see it.
setTimeout(() => {
  // Read the checker after measuring, so that it is still live when memory is measured.
  const rss = process.memoryUsage().rss;
  const retained = checker.fact(loaded.factBase!.facts[0].id) !== undefined;
  process.stdout.write(
    JSON.stringify({
      facts: loaded.factBase!.facts.length,
      retained,
      readMs,
      loadMs,
      indexMs: totalMs - readMs - loadMs,
      totalMs,
      heapMB: (heapAfter - heapBefore) / 2 ** 20,
      rssMB: rss / 2 ** 20,
      rssBaseMB: rssBefore / 2 ** 20,
    }),
  );
}, SETTLE_MS);

/** The files' text is garbage once loaded, as in a host: only the sources' texts stay, in the fact base. */
function read(dir: string): { readMs: number; loaded: LoadResult } {
  const start = process.hrtime.bigint();
  const files = readFactBase(dir);
  const readMs = msSince(start);
  return { readMs, loaded: loadFactBase(files, { warnings: false }) };
}
