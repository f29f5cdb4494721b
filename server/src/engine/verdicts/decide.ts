import type { FactIndex, IndexedFact } from '../factbase/factIndex';
import { score, type SentenceContext } from './context';

export type Verdict =
  | { kind: 'supported'; fact: IndexedFact }
  | { kind: 'contradicted'; fact: IndexedFact }
  | { kind: 'unsourced' }
  | { kind: 'none' };

/** How a kind of claim is compared with a fact. */
export interface Comparison {
  /** Whether the claim and the fact measure the same kind of thing. */
  compatible(f: IndexedFact): boolean;
  agrees(f: IndexedFact): boolean;
  /** Whether the difference looks like a slip about this fact rather than another event. */
  plausiblyWrong(f: IndexedFact): boolean;
  /** Whether two facts state the same value, so that either one could be the fix. */
  sameValue(a: IndexedFact, b: IndexedFact): boolean;
}

/** Below this, the words around a claim do not say enough to pin it to a fact. */
const MIN_SUPPORT = 0.8;
const MIN_CONTRADICTION = 2.2;

/**
 * Supported if a fact the sentence plausibly speaks of agrees; contradicted only
 * when one fact stands out and none agrees; otherwise no verdict. False alarms
 * cost more than misses, so ambiguity is never a contradiction.
 */
export function decide(
  index: FactIndex,
  ctx: SentenceContext,
  candidates: IndexedFact[],
  span: [number, number],
  cmp: Comparison,
  excluded: ReadonlySet<IndexedFact>,
): Verdict {
  const scored = candidates
    .filter((f) => cmp.compatible(f))
    .map((f) => {
      const sc = score(index, ctx, f, span[0], span[1]);
      return { f, s: sc.total, n: sc.features };
    })
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s);
  if (scored.length === 0) return { kind: 'none' };
  const best = scored[0].s;
  const plausible = scored.filter((x) => x.s >= Math.max(MIN_SUPPORT, best * 0.5));
  const agreeing = plausible.find((x) => cmp.agrees(x.f));
  if (agreeing) return { kind: 'supported', fact: agreeing.f };
  const open = plausible.filter((x) => !excluded.has(x.f));
  if (open.length === 0 || open[0].s < MIN_CONTRADICTION || open[0].n < 2) return { kind: 'unsourced' };
  const top = open[0];
  const rivals = open.filter((x) => x !== top && x.s >= top.s * 0.75 && !cmp.sameValue(x.f, top.f));
  if (rivals.length > 0 || !cmp.plausiblyWrong(top.f)) return { kind: 'unsourced' };
  return { kind: 'contradicted', fact: top.f };
}
