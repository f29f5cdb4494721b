import { cacheKey, type ResultCache } from './cache';
import { checkDraft, type DraftResult } from './checkDraft';
import type { FactBases } from './factBases';
import type { DraftPlan } from './plan';
import { checkInWorkers, workerCount, type Task } from './workers';

export interface CheckContext {
  factBases: FactBases;
  cache?: ResultCache;
  /** The tool's identity, part of every cache key. */
  tool: string;
  /** The running bundle, which workers run too. */
  bundle: string;
  workers?: number;
}

/** The result of every plan, in order: from the cache when its key matches, else checked here or in workers. */
export async function checkPlans(plans: DraftPlan[], ctx: CheckContext): Promise<DraftResult[]> {
  const keys = plans.map((p) =>
    ctx.cache ? cacheKey({ tool: ctx.tool, factBaseDir: p.factBaseDir, factBase: ctx.factBases.hash(p.factBaseDir), options: p.options, text: p.text }) : '',
  );
  const results: Array<DraftResult | undefined> = plans.map((p, i) => ctx.cache?.get(p.file, keys[i]));
  const misses = plans.flatMap((_, i) => (results[i] ? [] : [i]));
  const tasks = misses.map((i) => ({ text: plans[i].text, factBaseDir: plans[i].factBaseDir, options: plans[i].options }));
  const checkHere = (t: Task) => checkDraft(ctx.factBases.checker(t.factBaseDir), t.factBaseDir, t.text, t.options);
  const count = workerCount(tasks, ctx.workers);
  const fresh = count > 0 ? await checkInWorkers(ctx.bundle, tasks, count, checkHere) : tasks.map(checkHere);
  misses.forEach((planIndex, k) => {
    results[planIndex] = fresh[k];
    ctx.cache?.set(plans[planIndex].file, keys[planIndex], fresh[k]);
  });
  return results as DraftResult[];
}
