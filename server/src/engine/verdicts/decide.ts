import type { FactIndex, IndexedFact } from '../factbase/factIndex';
import { partsAgree } from './compareDates';
import { stem } from '../text/stem';
import { clauseHas, commonEntity, score, siblingNamedNear, timeShiftedAt, wordsBefore, type SentenceContext } from '../binding/context';

export type Verdict =
  | { kind: 'supported'; fact: IndexedFact; strength: number }
  | { kind: 'contradicted'; fact: IndexedFact; strength: number }
  | { kind: 'unsourced' }
  /** A fact agrees, but the words point at it too weakly to flag a slip of it: a claim it could not contradict, it does not support. */
  | { kind: 'unconfirmed' }
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
  /**
   * How far the claim's value is from the fact's (0 = the same): among facts the
   * words point at about equally, a slip is likelier about the nearest value.
   */
  gap(f: IndexedFact): number;
  /**
   * Whether the fact states the value at least as precisely as the claim. "Aug. 18"
   * is consistent with "August 2024" but confirmed only by a fact that gives a day.
   */
  asPrecise(f: IndexedFact): boolean;
  /** Whether the difference is small enough to be a slip (a digit, a day, a year): only then may it win over rivals. */
  slip(f: IndexedFact): boolean;
  /**
   * Whether the claim is the fact's very digits at another scale ("£4.65m" for £4.65
   * billion, "2,000 people" for 200): so telling a slip that one event word is evidence enough.
   */
  scaleSlip(f: IndexedFact): boolean;
}

/** Below this, the words around a claim do not say enough to pin it to a fact. */
const MIN_SUPPORT = 0.8;
const MIN_CONTRADICTION = 2.2;
/** An agreeing fact must be nearly as well pointed at as the best one to count as support. */
const SUPPORT_SHARE = 0.65;
/** Facts scoring this close to the best are told apart by how near their values are. */
const RIVAL_SHARE = 0.75;
/** A rival whose value is within this factor of the nearest is as likely the one meant. */
const RIVAL_GAP = 1.5;
/**
 * A fact pointed at half as strongly whose value is nearer the claim's may be the
 * one meant ("sworn in on 21 March … after Nazarbayev resigned": the 20th, not the 19th).
 */
const FIT_SHARE = 0.5;
/** A fact whose people or places the sentence names may support a claim from a little further back. */
const NAMED_SUPPORT_SHARE = 0.5;
/** A contradicted fact must be named or described within this many words of the claim. */
const ANCHOR_DISTANCE = 5;
/** Another person or country this near the claim, and nearer than the fact's own, makes the claim theirs. */
const FOREIGN_DISTANCE = 8;
/**
 * A name the base does not know stands for another party, unless the sentence names
 * this many of the fact's own people, places and things: "Tokayev met Putin in Sochi on
 * …, Interfax reported" is still the Sochi visit. A name where the event took place
 * ("met in Baku") always makes it another event.
 */
const OWN_OUTWEIGH_STRANGERS = 3;
/** A fact pointed at from nearer the claim, and nearly as strongly, means the claim may be about that one. */
const CLOSER_SHARE = 0.6;

interface Scored {
  f: IndexedFact;
  /** How strongly the sentence points at the fact. */
  s: number;
  /** Distinct words and names that point at it. */
  n: number;
  /** Of those, entities. */
  e: number;
  /** Of the fact's people, places and things, those the sentence names that few other facts involve. */
  distinct: number;
  /** Of those, words that say what happened. */
  w: number;
  /** Words between the claim and the nearest of them. */
  d: number;
  /** Whether another party stands nearer the claim than the fact's own. */
  foreignFirst: boolean;
  /** Whether the sentence places what it tells in a city the sources do not name for the event. */
  elsewhere: boolean;
  /** Whether the sentence names none of the fact's own distinctive parties but another of their kind. */
  othersOnly: boolean;
  /** Whether the fact is one member of a series ("the third servicing mission") that the sentence names nothing of. */
  unnamedMember: boolean;
}

/**
 * Supported if a fact the sentence plausibly speaks of agrees; contradicted only
 * when one fact stands out, none agrees and nothing casts doubt on it; otherwise no
 * verdict. False alarms cost more than misses, so ambiguity is never a contradiction.
 */
export function decide(
  index: FactIndex,
  ctx: SentenceContext,
  candidates: IndexedFact[],
  span: [number, number],
  cmp: Comparison,
  excluded: ReadonlySet<IndexedFact>,
): Verdict {
  return decideAmong(scoredCandidates(index, ctx, candidates, span, cmp), ctx, span, cmp, excluded);
}

/** The candidates a claim may speak of, scored, best first: decided on again with facts excluded, a claim is not scored twice. */
export type ScoredCandidates = readonly Scored[];

/** The decision of `decide`, for candidates already scored. */
export function decideAmong(scored: ScoredCandidates, ctx: SentenceContext, span: [number, number], cmp: Comparison, excluded: ReadonlySet<IndexedFact>): Verdict {
  if (scored.length === 0) return { kind: 'none' };
  const support = supporting(scored, cmp);
  if (support) return boundAsFirmly(support) ? { kind: 'supported', fact: support.f, strength: support.s } : { kind: 'unconfirmed' };
  const timely = scored.filter((x) => !otherTimeStated(ctx, span, x.f));
  if (timely.length === 0) return { kind: 'unsourced' };
  const top = target(timely, cmp, excluded);
  if (!top || doubtful(top, timely, ctx, span, cmp, excluded)) return { kind: 'unsourced' };
  return { kind: 'contradicted', fact: top.f, strength: top.s };
}

export function scoredCandidates(index: FactIndex, ctx: SentenceContext, candidates: IndexedFact[], span: [number, number], cmp: Comparison): Scored[] {
  return candidates
    .filter((f) => cmp.compatible(f))
    .map((f) => {
      const sc = score(index, ctx, f, span[0], span[1]);
      const first = (d: number) => d < sc.nearestOwn && d <= FOREIGN_DISTANCE;
      const foreignFirst = first(sc.nearestForeign) || (first(sc.nearestStranger) && sc.ownNamed < OWN_OUTWEIGH_STRANGERS);
      const unnamedMember = f.fact.value.type === 'ordinal' && sc.ownNamed === 0 && [...f.entities].some((e) => !commonEntity(index, e));
      return { f, s: sc.total, n: sc.features, e: sc.entities, distinct: sc.ownNamed, w: sc.eventWords, d: sc.nearest, foreignFirst, elsewhere: sc.elsewhere, othersOnly: sc.ownNamed === 0 && othersOfItsKind(index, f, sc.foreignKinds), unnamedMember };
    })
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s);
}

/**
 * An agreeing fact pointed at nearly as strongly as the best; a less precise one yields
 * to a precise one that disagrees. An event whose parties the sentence does not name
 * near the claim supports nothing when the best one's are: "the 7–1 against Brazil in
 * the semi-final in São Paulo" is Brazil's semi-final, not the other one held there.
 */
function supporting(scored: ScoredCandidates, cmp: Comparison): Scored | undefined {
  const best = scored[0].s;
  const clear = !scored[0].foreignFirst;
  const agreeing = scored.find((x) => x.s >= Math.max(MIN_SUPPORT, best * (x.distinct > 0 ? NAMED_SUPPORT_SHARE : SUPPORT_SHARE)) && cmp.agrees(x.f) && !(clear && x.foreignFirst && x !== scored[0]));
  if (!agreeing || cmp.asPrecise(agreeing.f)) return agreeing;
  return scored.some((x) => x.s >= agreeing.s && cmp.asPrecise(x.f) && !cmp.agrees(x.f)) ? undefined : agreeing;
}

/**
 * The fact the claim's words tell more firmly than the one that supports it, and which it
 * does not agree with: what the claim would be if its value were that fact's.
 */
export function toldInstead(scored: ScoredCandidates, cmp: Comparison, support: IndexedFact): Scored | undefined {
  const best = scored[0];
  if (!best || best.f === support || cmp.agrees(best.f) || best.foreignFirst || !boundAsFirmly(best)) return undefined;
  const own = scored.find((x) => x.f === support);
  return own && own.s >= best.s ? undefined : best;
}

/**
 * Support takes the evidence a contradiction takes: two features, one of them a word of
 * the event, and the same weight. A claim whose slip would go unflagged is not vouched for.
 */
function boundAsFirmly(x: Scored): boolean {
  return x.n >= 2 && x.w > 0 && x.s >= MIN_CONTRADICTION;
}

/**
 * Among the facts pointed at about as strongly as the best, the one whose value is nearest
 * the claim's. Only facts whose event the clause tells in its words take part: in
 * "| 1996 | Central Asian Union launched |" the union's renaming in 1998, named but not
 * told, is no rival of its launch.
 */
function target(scored: Scored[], cmp: Comparison, excluded: ReadonlySet<IndexedFact>): (Scored & { g: number; rival: boolean }) | undefined {
  const best = scored[0].s;
  const pointed = scored.filter((x) => x.s >= Math.max(MIN_SUPPORT, best * SUPPORT_SHARE) && x.w > 0 && !excluded.has(x.f) && !cmp.agrees(x.f));
  // "When Tokayev took office": of the facts the words point at, those of the person named come before another's.
  const own = agesOfTheNamed(pointed.filter((x) => !x.foreignFirst));
  const open = own.length > 0 ? own : pointed;
  if (open.length === 0) return undefined;
  const byGap = open
    .filter((x) => x.s >= open[0].s * RIVAL_SHARE)
    .map((x) => ({ ...x, g: cmp.gap(x.f) }))
    .sort((a, b) => a.g - b.g);
  const top = byGap[0];
  const others = byGap.filter((x) => x !== top && !cmp.sameValue(x.f, top.f));
  const rival = others.some((x) => x.g <= top.g * RIVAL_GAP + 1e-9) || (others.length > 0 && !cmp.slip(top.f));
  return { ...top, rival };
}

/**
 * "Christa McAuliffe, the 38-year-old teacher": an age is the age of the person the
 * sentence names; the crew's other ages, whose people it does not name, are no rivals.
 */
function agesOfTheNamed(pointed: Scored[]): Scored[] {
  const named = pointed.filter((x) => x.f.fact.value.type === 'age' && x.e > 0);
  return named.length > 0 ? pointed.filter((x) => x.f.fact.value.type !== 'age' || x.e > 0) : pointed;
}

/**
 * Every reason to think the claim may be about something else than the target fact.
 * Names alone never make a contradiction, nor names and the counted noun: the clause
 * must say what happened, with one of the event's words, before its value can be wrong
 * ("2023 — the EU–Kazakhstan Roadmap begins" is no date of the EU memorandum, and "the
 * CSTO consists of six states" no count of Kazakhstan's neighbours).
 */
function doubtful(
  top: Scored & { g: number; rival: boolean },
  scored: Scored[],
  ctx: SentenceContext,
  span: [number, number],
  cmp: Comparison,
  excluded: ReadonlySet<IndexedFact>,
): boolean {
  if (!cmp.plausiblyWrong(top.f) || top.rival || ofNobodyNamed(top)) return true;
  if ((top.n < 2 && !cmp.scaleSlip(top.f)) || top.w === 0 || top.s < MIN_CONTRADICTION || top.d > anchorReach(ctx, span) || top.foreignFirst || top.elsewhere || top.othersOnly || top.unnamedMember || timeShiftedAt(ctx, span[0], span[1], top.f)) return true;
  if (countOfAPart(ctx, top.f)) return true;
  if (yearStatedTwice(ctx, span) || clauseHas(ctx, RESPECTIVELY, span[0], span[1]) || ANOTHER.some((w) => clauseHas(ctx, w, span[0], span[1], PLACES_OF_IT)) || otherEnd(ctx, span, top.f)) return true;
  const other = (x: Scored) => x.f !== top.f && !excluded.has(x.f) && !cmp.sameValue(x.f, top.f);
  const sibling = scored.some((x) => other(x) && siblingNamedNear(ctx, top.f, x.f, span[0], span[1], ANCHOR_DISTANCE));
  const betterFit = scored.some((x) => other(x) && !cmp.agrees(x.f) && x.s >= top.s * FIT_SHARE && x.n >= 2 && cmp.gap(x.f) < top.g);
  const closer = scored.some((x) => other(x) && x.d < top.d && x.n >= 2 && x.s >= top.s * CLOSER_SHARE);
  // Names tell events apart better than words: "Plan B breaks through … 2,070 feet" is Plan B's depth, not the 700 m the men were trapped at.
  const namedAgreeing = top.e === 0 && scored.some((x) => x.e > 0 && x.n >= 2 && cmp.agrees(x.f));
  return sibling || betterFit || closer || namedAgreeing || sameMeasureNearer(top, scored, cmp);
}

/**
 * "The two craft carry ten instruments … Three instruments remain on each": of two facts
 * that count one thing of the same parties, the one whose value the claim states or
 * comes nearer is its own, however more strongly the other's words point at the
 * sentence; "four remain" is no slip of the ten carried. Another party's figure is still
 * a slip: the parties tell the events apart ("1,212 km with China" is China's border,
 * though Kyrgyzstan's is 1,212 km, once China stands nearer the figure than Kyrgyzstan).
 */
function sameMeasureNearer(top: Scored & { g: number }, scored: ScoredCandidates, cmp: Comparison): boolean {
  const measure = measureOf(top.f);
  return measure !== undefined && scored.some((x) => x.f !== top.f && x.s >= MIN_SUPPORT && x.e >= top.e && !x.foreignFirst && measureOf(x.f) === measure && (cmp.agrees(x.f) || cmp.gap(x.f) < top.g));
}

/** What a figure fact measures: the noun it counts, or the unit of its amount. */
function measureOf(f: IndexedFact): string | undefined {
  const v = f.fact.value;
  if (v.type === 'count') return `count ${v.noun}`;
  return 'unit' in v && v.unit ? `${v.type} ${v.unit}` : undefined;
}

/**
 * "Only five persons besides ourselves were present": a source that counts some apart
 * from others leaves a draft's count of everyone ("Counting Orville and Wilbur, just
 * seven people saw it") no slip of its own. A sentence that sets the same ones apart
 * ("five people besides the brothers") counts what the source counts.
 */
function countOfAPart(ctx: SentenceContext, f: IndexedFact): boolean {
  return f.fact.value.type === 'count' && APART.test(f.fact.quote) && !APART_WORDS.some((w) => ctx.stemAt.has(w));
}

const APART = /\b(?:besides|apart from|other than|excluding|except|not counting|in addition to|aside from)\b/i;
const APART_WORDS = ['besides', 'apart', 'other', 'excluding', 'except', 'addition', 'aside'].map(stem);

/**
 * An age is someone's: "He is 64 years old" after a sentence about someone the base does
 * not know is no slip of a sourced person's age. A fact of an unnamed person ("a
 * 65-year-old woman") has no one to name.
 */
function ofNobodyNamed(top: Scored): boolean {
  return top.f.fact.value.type === 'age' && top.e === 0 && top.f.kindRoles.has('person');
}

/**
 * "The trouble began on Jan. 8, when a battery overheated and started a fire": a clause
 * that opens with "when" right after a date tells that date's event, however long it is;
 * so does the main clause after a date that opens the sentence.
 */
function anchorReach(ctx: SentenceContext, span: [number, number]): number {
  const next = ctx.words.find((w) => w.start >= span[1]);
  const fronted = ctx.dates.some((d) => d.start === span[0]) && wordsBefore(ctx, span[0]) <= FRONTED_WORDS;
  return (next?.stem === WHEN && ctx.words.indexOf(next) > 0) || fronted ? ANCHOR_DISTANCE + WHEN_CLAUSE : ANCHOR_DISTANCE;
}

/**
 * "On January 15, 2009, an Airbus A320 climbing out of LaGuardia … struck geese": a date
 * that opens the sentence dates its main clause, however long the subject before the verb.
 */
const FRONTED_WORDS = 1;

const WHEN = stem('when');
/** How many more words a "when" clause may take to say what happened. */
const WHEN_CLAUSE = 6;

/** The sentence dates what it speaks of to another month than the fact's event. */
function otherTimeStated(ctx: SentenceContext, span: [number, number], f: IndexedFact): boolean {
  const time = f.eventTime;
  return !!time && ctx.dates.some((d) => d.start !== span[0] && d.date.year !== undefined && d.date.month !== undefined && !partsAgree(d.date, time));
}

/**
 * "Plaid Cymru and the Liberal Democrats … taking them to four seats and one seat
 * respectively": the order of the lists, not nearness, says whose each figure is, so
 * no figure of such a clause is pinned to one party's fact.
 */
const RESPECTIVELY = stem('respectively');

/**
 * "Trials began in September 2023 … and are due to end in spring 2025": the end of a thing
 * is another event than its start. A claim whose clause tells an end is no slip of a fact
 * that tells only a start, nor the other way round.
 */
function otherEnd(ctx: SentenceContext, span: [number, number], f: IndexedFact): boolean {
  const words = new Set(f.keywords.flat());
  const tells = (set: readonly string[]) => set.some((w) => words.has(w));
  const says = (set: readonly string[]) => set.some((w) => clauseHas(ctx, w, span[0], span[1]));
  return (tells(STARTS) && !tells(ENDS) && says(ENDS) && !says(STARTS)) || (tells(ENDS) && !tells(STARTS) && says(STARTS) && !says(ENDS));
}

const STARTS = ['begin', 'began', 'begun', 'beginning', 'start', 'started', 'starts'].map(stem);
// Not "concluded" or "closed", which also sign a deal and end a gap.
const ENDS = ['end', 'ended', 'ends', 'ending', 'finish', 'finished', 'completed'].map(stem);

/**
 * "Center Rock has drilled holes as wide as 10 feet on other jobs", "in other mines": a
 * clause that sets its figure in other events is no slip of this event's. Not "the
 * previous election" alone, which the base may well hold.
 */
const ANOTHER = ['other', 'another'].map(stem);
const PLACES_OF_IT = new Set(['on', 'in', 'at', 'during', 'from', 'for'].map(stem));

/**
 * "In 2014, … 'beginning on September 4, 2014'": a year named alone that the sentence
 * states again is the writer's own reading of when things happened, not a slip of one key.
 */
function yearStatedTwice(ctx: SentenceContext, span: [number, number]): boolean {
  const claim = ctx.dates.find((d) => d.start === span[0]);
  const year = claim?.date.month === undefined ? claim?.date.year : undefined;
  return year !== undefined && ctx.dates.some((d) => d !== claim && d.date.year === year);
}

/**
 * Whether the sentence names, instead of the fact's distinctive party, another of its
 * kind: China where the fact is about Türkiye (in a base about Kazakhstan).
 */
function othersOfItsKind(index: FactIndex, f: IndexedFact, foreignKinds: ReadonlySet<string>): boolean {
  return [...f.entities].some((e) => !commonEntity(index, e) && foreignKinds.has(index.kindOf(e) ?? ''));
}
