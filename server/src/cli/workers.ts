import * as os from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { checkDraft, type DraftOptions, type DraftResult } from './checkDraft';
import { FactBaseError, FactBases } from './factBases';

/** One draft to check: its text travels with it, so a worker reads no draft twice. */
export interface Task {
  text: string;
  factBaseDir: string;
  options: DraftOptions;
}

const WORKER_ROLE = 'sourcecheck-check-worker';
const BATCH = 20;
/** Below this a worker's start-up (its own fact base to load) costs more than it saves. */
const MIN_FILES = 200;
const MIN_BYTES = 2 * 1024 * 1024;

/** How many worker threads a run of these tasks should add to the main thread: 0 means none. */
export function workerCount(tasks: Task[], requested: number | undefined): number {
  if (requested !== undefined) return requested;
  const bytes = tasks.reduce((n, t) => n + t.text.length, 0);
  return tasks.length >= MIN_FILES || bytes > MIN_BYTES ? os.availableParallelism() - 1 : 0;
}

/**
 * Checks the tasks on the main thread and in `count` workers running this same bundle,
 * in small batches handed out as each comes free; results land by index, so the order
 * is the input's. Each worker has two batches in hand, so it never waits while the main
 * thread is busy with one of its own.
 */
export async function checkInWorkers(bundle: string, tasks: Task[], count: number, checkHere: (task: Task) => DraftResult): Promise<DraftResult[]> {
  const results: DraftResult[] = new Array(tasks.length);
  let next = 0;
  const take = (): [number, number] | undefined => {
    if (next >= tasks.length) return undefined;
    const start = next;
    next = Math.min(tasks.length, next + BATCH);
    return [start, next];
  };
  const workers = Array.from({ length: count }, () => new Worker(bundle, { workerData: { role: WORKER_ROLE } }));
  const finished = Promise.all(workers.map((worker) => serveWorker(worker, take, results)));
  // A worker may fail while the main thread is busy; `await finished` below reports it.
  finished.catch(() => undefined);
  try {
    for (let batch = take(); batch; batch = take()) {
      for (let i = batch[0]; i < batch[1]; i++) results[i] = checkHere(tasks[i]);
      // Let the workers' answers in, so they get their next batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await finished;
    return results;
  } finally {
    // On a failure anywhere, a worker left waiting for work would keep the process alive.
    workers.forEach((w) => void w.terminate());
  }

  function serveWorker(worker: Worker, nextBatch: typeof take, into: DraftResult[]): Promise<void> {
    return new Promise((resolve, reject) => {
      let inHand = 0;
      const send = () => {
        const batch = nextBatch();
        if (!batch) return;
        inHand++;
        worker.postMessage({ start: batch[0], tasks: tasks.slice(batch[0], batch[1]) });
      };
      const stopIfDone = () => {
        if (inHand > 0) return;
        void worker.terminate();
        resolve();
      };
      worker.on('message', (msg: { start: number; results: DraftResult[] } | { error: string; factBase: boolean }) => {
        if ('error' in msg) return reject(msg.factBase ? new FactBaseError(msg.error) : new Error(msg.error));
        msg.results.forEach((r, i) => (into[msg.start + i] = r));
        inHand--;
        send();
        stopIfDone();
      });
      worker.on('error', reject);
      send();
      send();
      stopIfDone();
    });
  }
}

/** True in a thread started by checkInWorkers. */
export function isCheckWorker(): boolean {
  return parentPort !== null && (workerData as { role?: string } | undefined)?.role === WORKER_ROLE;
}

/** The worker's side: load each fact base once, check batch after batch. */
export function serveChecks(): void {
  const factBases = new FactBases();
  parentPort!.on('message', ({ start, tasks }: { start: number; tasks: Task[] }) => {
    try {
      const results = tasks.map((t) => checkDraft(factBases.checker(t.factBaseDir), t.factBaseDir, t.text, t.options));
      parentPort!.postMessage({ start, results });
    } catch (e) {
      parentPort!.postMessage({ error: (e as Error).message, factBase: e instanceof FactBaseError });
    }
  });
}
