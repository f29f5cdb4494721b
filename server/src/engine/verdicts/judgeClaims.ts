import { measureOf, type Claim } from '../claims/claim';
import type { IndexedFact } from '../factbase/factIndex';
import { contradiction } from '../rules/contradiction';
import { unsourcedClaim } from '../rules/unsourcedClaim';
import type { Accumulator } from './accumulator';
import { comparisonFor, fixFor } from './claimChecks';
import { sourcedValueText } from '../render/sourced';
import { decideAmong, scoredCandidates, toldInstead, type Comparison, type ScoredCandidates, type Verdict } from './decide';
import { significantDigits } from '../claims/precision';
import type { CheckerParts } from './parts';
import type { ReadSentence } from '../claims/sentence';
import { partsAgree, statesParts } from './compareDates';

/** How a claim is compared, and the facts it may speak of, scored. */
interface ClaimCandidates {
  cmp: Comparison;
  candidates: ScoredCandidates;
}

/**
 * Dates and figures of one sentence. A fact that supports one claim is not offered
 * to its neighbours stated as precisely as a contradiction: in "resigned on March 19
 * and was sworn in on March 21", March 19 is the resignation and March 21 must be
 * compared with the swearing-in.
 */
export function judgeClaims(parts: CheckerParts, read: ReadSentence, out: Accumulator, tolerance: number): void {
  const { ctx, claims, candidates } = read;
  const initial = claims.map((c): ClaimCandidates => {
    const cmp = comparisonFor(c, tolerance);
    return { cmp, candidates: scoredCandidates(parts.index, ctx, candidates, [c.start, c.end], cmp) };
  });
  const decideIn = (list: ReadonlyArray<ClaimCandidates>, i: number, excluded: ReadonlySet<IndexedFact>) => decideAmong(list[i].candidates, ctx, [claims[i].start, claims[i].end], list[i].cmp, excluded);
  const first = claims.map((_, i) => decideIn(initial, i, new Set()));
  const told = first.flatMap((v) => (v.kind === 'supported' ? [v.fact] : []));
  const scored = initial.map((x, i) => (first[i].kind === 'supported' ? x : { ...x, candidates: toldByANeighbour(x.candidates, told) }));
  const verdictOf = (i: number, excluded: ReadonlySet<IndexedFact>) => decideIn(scored, i, excluded);
  const verdicts = claims.map((claim, i) => {
    const used = new Set<IndexedFact>();
    claims.forEach((c, j) => {
      const v = first[j];
      if (j === i || measureOf(c) !== measureOf(claim)) return;
      if (v.kind === 'supported' && precision(c) >= precision(claim)) used.add(v.fact);
      if (v.kind === 'contradicted' && !sameValue(c, claim) && boundMoreStrongly(v, first[i])) used.add(v.fact);
    });
    const verdict = first[i].kind === 'supported' ? first[i] : (timeOfNeighbour(claim, i, first) ?? verdictOf(i, used));
    return statedElsewhere(parts, read, claim, scored[i], verdict) ? ({ kind: 'none' } as const) : verdict;
  });
  const unswapped = swapsUndone(claims, verdicts, scored);
  claims.forEach((claim, i) => report(parts, read, claim, oneFixEach(claims, unswapped, i), out));
}

/**
 * "Then six airbags, 24 lobes in all, inflated": a neighbour that a fact of one event
 * supports ("24 lobes") says the sentence tells that event, as an event word would; so
 * another fact of it ("four airbags of six lobes each") is pointed at by what happened,
 * not by the counted noun alone.
 */
function toldByANeighbour(candidates: ScoredCandidates, told: readonly IndexedFact[]): ScoredCandidates {
  if (told.length === 0) return candidates;
  const sameEvent = (f: IndexedFact) => told.some((g) => g !== f && g.fact.source === f.fact.source && (g.fact.event === f.fact.event || g.fact.quote === f.fact.quote));
  return candidates.map((x) => (x.w === 0 && sameEvent(x.f) ? { ...x, n: x.n + 1, w: 1 } : x));
}

/**
 * "The workforce averaged about 5,251 workers and peaked at 3,500": two values of one
 * measure, each supported by the fact the other's words tell, are the two events'
 * values swapped. Each is contradicted by the fact its own words tell more firmly.
 */
function swapsUndone(claims: readonly Claim[], verdicts: readonly Verdict[], scored: ReadonlyArray<ClaimCandidates>): Verdict[] {
  const out = [...verdicts];
  verdicts.forEach((v, i) => {
    verdicts.forEach((w, j) => {
      if (j <= i || v.kind !== 'supported' || w.kind !== 'supported' || v.fact === w.fact || measureOf(claims[i]) !== measureOf(claims[j])) return;
      const toldI = toldInstead(scored[i].candidates, scored[i].cmp, v.fact);
      const toldJ = toldInstead(scored[j].candidates, scored[j].cmp, w.fact);
      if (toldI?.f !== w.fact || toldJ?.f !== v.fact) return;
      out[i] = { kind: 'contradicted', fact: w.fact, strength: toldI.s };
      out[j] = { kind: 'contradicted', fact: v.fact, strength: toldJ.s };
    });
  });
  return out;
}

/**
 * "the Central Asian Union of 1994 became the Economic Union in 1999": two values of one
 * measure that would both be fixed to the same sourced one are two events' values, of which
 * one at most is the slip, and the words cannot say which: neither is contradicted.
 */
function oneFixEach(claims: readonly Claim[], verdicts: readonly Verdict[], i: number): Verdict {
  const v = verdicts[i];
  if (v.kind !== 'contradicted') return v;
  const value = sourcedValueText(v.fact.fact.value);
  const rival = verdicts.some((w, j) => j !== i && w.kind === 'contradicted' && measureOf(claims[j]) === measureOf(claims[i]) && !sameValue(claims[j], claims[i]) && sourcedValueText(w.fact.fact.value) === value);
  return rival ? { kind: 'none' } : v;
}

/**
 * "**2008** — Chile records as many as 43 deaths in mining accidents": a date that
 * states the time a source gives the fact another claim of the sentence is bound to
 * (supported or slipped: "down from 63.7% at the previous election in 2019") is that
 * fact's time, not a slip of another event's date. Only a time the fact itself
 * states, to every part the date states: "2022" for a count of 2022 says nothing of
 * a day. No verdict: the fact is no date to support it with, nor to fix it to.
 */
function timeOfNeighbour(claim: Claim, i: number, verdicts: readonly Verdict[]): Verdict | undefined {
  if (claim.kind !== 'date') return undefined;
  const d = claim.date;
  if (d.season !== undefined) return undefined;
  const timeOf = (x: Verdict) => (x.kind === 'supported' || x.kind === 'contradicted' ? x.fact.fact.when : undefined);
  const stated = verdicts.some((x, j) => {
    const when = j === i ? undefined : timeOf(x);
    return !!when && statesParts(d, when) && partsAgree(d, when);
  });
  return stated ? { kind: 'none' } : undefined;
}

/**
 * "Afterward the rim stood at 8,363 ft", beside the summit's 9,677 feet before: a figure
 * of four digits that a fact of the story states to the digit, in the claim's measure,
 * is that fact's, however weakly the words point at it. Round figures ("2,200", "$1.5
 * billion") are too common to tell whose they are. Not a fact of a party the sentence
 * sets apart from the figure: in "1,212 km with China, 1,765 km with Kyrgyzstan", China
 * stands nearer the 1,212 than Kyrgyzstan, whose border it is.
 */
function statedElsewhere(parts: CheckerParts, read: ReadSentence, claim: Claim, { cmp, candidates }: ClaimCandidates, verdict: Verdict): boolean {
  if (verdict.kind !== 'contradicted' || claim.kind !== 'figure' || significantDigits(claim.value) < DISTINCTIVE_DIGITS) return false;
  const elsewhere = new Set(candidates.filter((x) => x.foreignFirst).map((x) => x.f));
  return parts.index.stating(claim.value, read.topics).some((f) => cmp.compatible(f) && cmp.agrees(f) && !elsewhere.has(f));
}

const DISTINCTIVE_DIGITS = 3;

/**
 * "Labour's total of 421 MPs … a few short of the record 418 Labour MPs elected in
 * 1997": two different figures of one measure in a sentence are two events' figures,
 * and a fact that both would contradict is the one's that points at it more strongly.
 */
function boundMoreStrongly(other: Verdict & { kind: 'contradicted' }, own: Verdict): boolean {
  return own.kind === 'contradicted' && own.fact === other.fact && other.strength > own.strength;
}

/** Whether two claims of one measure state values that may be the same: "August 21" and "August 21, 2022". */
function sameValue(a: Claim, b: Claim): boolean {
  if (a.kind === 'date' && b.kind === 'date') return (['year', 'month', 'day', 'season'] as const).every((k) => a.date[k] === undefined || b.date[k] === undefined || a.date[k] === b.date[k]);
  return a.kind !== 'date' && b.kind !== 'date' && a.value === b.value;
}

/**
 * How much of a value a claim states: a day, a month or a year. "2022" supported by the
 * Sochi visit says nothing against "Aug. 18, 2022" being the visit's day, slipped.
 */
function precision(c: Claim): number {
  if (c.kind !== 'date') return 0;
  return c.date.day !== undefined ? 3 : c.date.month !== undefined || c.date.season !== undefined ? 2 : 1;
}


function report(parts: CheckerParts, read: ReadSentence, claim: Claim, verdict: Verdict, out: Accumulator): void {
  if (verdict.kind === 'supported') {
    out.support(claim.kind, claim.start, claim.end, claim.text, verdict.fact.fact.id, verdict.fact.fact.source);
  } else if (verdict.kind === 'contradicted') {
    const f = verdict.fact;
    out.finding(claim.start, claim.end, (range) =>
      contradiction({
        rule: claim.kind === 'date' || claim.measure === 'time' ? 'date-contradiction' : 'figure-contradiction',
        range,
        claimText: claim.text,
        expected: fixFor(claim, f),
        sourcedValue: sourcedValueText(f.fact.value),
        fact: f.fact,
        source: parts.sources.get(f.fact.source),
        quoted: read.quotedAt(claim.start),
      }),
    );
  } else if (verdict.kind !== 'unconfirmed' && read.ctx.mentions.length > 0 && checkable(claim)) {
    const about = [...new Set(read.ctx.mentions.map((m) => parts.entities.get(m.entityId)?.name ?? m.text))].slice(0, 3);
    out.finding(claim.start, claim.end, (range) => unsourcedClaim(range, claim.text, about));
  }
}

/**
 * Only a claim a reader would ask a source for is worth an info: "the two countries"
 * and "his first deputy" refer to what the text already set up, they state nothing.
 */
function checkable(claim: Claim): boolean {
  return claim.kind === 'date' || !claim.presupposed;
}
