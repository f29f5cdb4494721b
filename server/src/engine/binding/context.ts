import type { DateClaim } from '../claims/claim';
import { findDates } from '../claims/dates';
import type { CalendarDate } from '../factbase/schema';
import type { Mention } from '../claims/names';
import { partsAgree } from '../verdicts/compareDates';
import { REFERENCE_FACTS, type FactIndex, type IndexedFact } from '../factbase/factIndex';
import { anyPlace, isParty, isPlace } from '../factbase/kinds';
import { stem } from '../text/stem';
import type { Token } from '../text/tokens';
import { push } from '../factbase/multimap';
import { anotherItemsParty, type ListParties } from '../claims/listParties';

/**
 * What a sentence (or a table row, read with its header) says around a claim:
 * its words as stems and the entities it names, each with its place, so that
 * what stands near a claim counts more than what stands far from it.
 */
export interface SentenceContext {
  start: number;
  end: number;
  words: ContextWord[];
  mentions: Mention[];
  /** Words of a table's header: they qualify every cell of the column. */
  header: string[];
  /** Dates the sentence states, which tell which of several similar events it means. */
  dates: DateClaim[];
  /** Table cells whose column header names a year ("FY2022"): their claims hold in it. */
  columnYears: Array<{ start: number; end: number; year: number }>;
  /** Table cells whose column header names entities ("| | Voyager 1 | Voyager 2 |"): each cell is of its own column's. */
  columnEntities: Array<{ start: number; end: number; ids: ReadonlySet<string> }>;
  /** Proper names the fact base does not know: other parties, for all the engine can tell. */
  strangers: Array<{ start: number; end: number; text: string }>;
  /** Offsets of commas, semicolons, colons and dashes that separate clauses. */
  breaks: number[];
  /** Phrases set off by commas after a name, that describe who it is ("Taylor, the machinist at the Wright Cycle Company,"). */
  appositives: Array<[number, number]>;
  /** Entities of the sentence before that this one refers back to ("he", "the president"). */
  carried: ReadonlySet<string>;
  /** Where the sentence moves away from the story's time ("last year", "four years ago"), with the year named when the report's date is known. */
  timeShifts: Array<{ start: number; end: number; year?: number }>;
  /** Where bare numbers start that the sentence gives a person as an age ("Dent, who was 53 at the time"). */
  agesSaid: number[];
  /** Where each stem stands in `words`, so that a keyword is found without a scan. */
  stemAt: Map<string, number[]>;
  /** The mentions of each entity. */
  mentionsOf: Map<string, Mention[]>;
  /** Two words written apart that make one ("work force", "head quarters"), by the stem they make, at the first's index. */
  compounds: Map<string, number[]>;
  /** The mentions of who tells of the sentence's events rather than takes part ("according to the NTSB"). */
  tellers: ReadonlySet<Mention>;
  /** Parties each stated with a figure of a list ("1,212 km with China"). */
  listParties: ListParties;
}

/** Each half of an open compound is a word of its own: "a" and "so" make no "also". */
const COMPOUND_PART = 3;

export function indexContext(words: ContextWord[], mentions: Mention[], citing: (m: Mention) => boolean = () => false): Pick<SentenceContext, 'stemAt' | 'mentionsOf' | 'compounds' | 'tellers'> {
  const stemAt = new Map<string, number[]>();
  const compounds = new Map<string, number[]>();
  words.forEach((w, i) => {
    push(stemAt, w.stem, i);
    const next = words[i + 1];
    if (next && next.start === w.end + 1 && w.end - w.start >= COMPOUND_PART && next.end - next.start >= COMPOUND_PART) push(compounds, w.stem + next.stem, i);
  });
  const mentionsOf = new Map<string, Mention[]>();
  for (const m of mentions) push(mentionsOf, m.entityId, m);
  return { stemAt, mentionsOf, compounds, tellers: new Set(mentions.filter((m) => citing(m) || tellerOnly(words, m))) };
}

export interface Score {
  total: number;
  /** How many distinct keywords and entities matched: one word alone is thin evidence. */
  features: number;
  /** Of those, what says what happened: keywords other than the counted noun, or a date that fits the fact's time. */
  eventWords: number;
  /** How many of the fact's entities the sentence names. */
  entities: number;
  /** Words between the claim and the nearest word or name that points at the fact. */
  nearest: number;
  /** Words between the claim and the nearest of the fact's own entities. */
  nearestOwn: number;
  /** Words between the claim and the nearest known party the fact does not involve. */
  nearestForeign: number;
  /** Words between the claim and the nearest proper name the fact base does not know. */
  nearestStranger: number;
  /** How many distinctive entities of the fact the sentence names. */
  ownNamed: number;
  /** An unknown place ("held in Minsk") for an event the sources place at a point they name (a city, a crater). */
  elsewhere: boolean;
  /** The kinds of the known parties the sentence names that the fact does not involve. */
  foreignKinds: ReadonlySet<string>;
}

export interface ContextWord {
  stem: string;
  start: number;
  end: number;
}

export function contextWords(tokens: Token[]): ContextWord[] {
  const words: ContextWord[] = [];
  for (const t of tokens) {
    const parts = t.text.split('-');
    if (parts.length > 1) words.push({ stem: t.stem, start: t.start, end: t.start });
    let at = t.start;
    for (const p of parts) {
      words.push({ stem: parts.length > 1 ? stem(p) : t.stem, start: at, end: at + p.length });
      at += p.length + 1;
    }
  }
  return words;
}

/** Weight of something `distance` words away from the claim. */
function proximity(distance: number): number {
  return 1 / (1 + distance / 4);
}

const HEADER_DISTANCE = 3;

/**
 * Distance in words between a span and the claim at [start, end). A comma or a
 * semicolon between them adds to it: "runs 7,464 km, the one with China" speaks
 * of China's border only after the comma.
 */
function distance(ctx: SentenceContext, start: number, end: number, claimStart: number, claimEnd: number): number {
  const [from, to] = end <= claimStart ? [end, claimStart] : start >= claimEnd ? [claimEnd, start] : [0, 0];
  if (from === to) return 0;
  const words = firstAtOrAfter(ctx.words, (w) => w.end > to) - firstAtOrAfter(ctx.words, (w) => w.start >= from);
  const breaks = firstAtOrAfter(ctx.breaks, (b) => b >= to) - firstAtOrAfter(ctx.breaks, (b) => b >= from);
  return Math.max(0, words) + CLAUSE_DISTANCE * breaks;
}

/** Whether a span of the sentence shares a character with the claim's. */
function overlaps(span: { start: number; end: number }, claimStart: number, claimEnd: number): boolean {
  return span.start < claimEnd && claimStart < span.end;
}

/** How many of the sentence's words start before an offset: the index of the first at or after it. */
export function wordsBefore(ctx: SentenceContext, at: number): number {
  return firstAtOrAfter(ctx.words, (w) => w.start >= at);
}

/** Index of the first item of a sorted list that passes a test that, once true, stays true. */
function firstAtOrAfter<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const CLAUSE_DISTANCE = 3;
/** An entity the sentence only refers back to counts as if it stood this many words away. */
const CARRIED_DISTANCE = 8;

/**
 * How strongly the words and names around a claim point at a fact. A claim's own words
 * are no evidence of its event, but for an age: "the 68-year-old" says it is an age.
 */
export function score(index: FactIndex, ctx: SentenceContext, f: IndexedFact, claimStart: number, claimEnd: number): Score {
  const common = (e: string) => commonEntity(index, e);
  let total = 0;
  let features = 0;
  let eventWords = 0;
  let entities = 0;
  let nearest = Infinity;
  const ageWordsCount = f.fact.value.type === 'age';
  f.keywords.forEach((phrase, k) => {
    const d = phraseDistance(ctx, f, phrase, claimStart, claimEnd, ageWordsCount);
    if (d === undefined) return;
    total += f.keywordWeights[k] * proximity(d) * (phrase.length > 1 ? 1.3 : 1);
    features++;
    if (!f.countedNoun[k]) eventWords++;
    nearest = Math.min(nearest, d);
  });
  if (ageWordsCount && ctx.agesSaid.includes(claimStart)) {
    total += proximity(0);
    features++;
    eventWords++;
    nearest = 0;
  }
  for (const e of f.entities) {
    let best: number | undefined;
    for (const m of ctx.mentionsOf.get(e) ?? []) {
      if (overlaps(m, claimStart, claimEnd) || anotherItemsParty(ctx.listParties, m, claimStart)) continue;
      const d = distance(ctx, m.start, m.end, claimStart, claimEnd);
      if (best === undefined || d < best) best = d;
    }
    if (best === undefined) best = fromColumnOrCarried(ctx, e, claimStart, claimEnd);
    if (best === undefined) continue;
    total += index.entityWeight(e) * proximity(best) * 1.2;
    features++;
    entities++;
    nearest = Math.min(nearest, best);
  }
  // "On August 19, 2022 he was in Sochi with Vladimir Putin": the place the event happened, with another of its parties, tells the event as a verb would.
  if (eventWords === 0 && entities >= 2 && toldWhere(ctx, f, claimStart, claimEnd)) eventWords++;
  const cited = citedDistance(ctx, f, claimStart, claimEnd);
  if (cited !== undefined) {
    total += proximity(cited);
    features++;
    nearest = Math.min(nearest, cited);
  }
  let { own, foreign, stranger, ownNamed, elsewhere, foreignKinds } = entityDistances(ctx, f, claimStart, claimEnd, common, (p) => index.affiliations(p));
  const when = timeOfFact(f, ctx.dates.some((d) => d.start === claimStart));
  const column = ctx.columnYears.find((c) => c.start <= claimStart && claimEnd <= c.end);
  const stated = when ? [when, ...timesStatedBy(f).filter((t) => !partsAgree(t, when))] : [];
  const fits = (d: DateClaim) => stated.some((t) => partsAgree(d.date, t));
  const dated = when && timesOfClaim(ctx, claimStart, claimEnd).find(fits);
  // "6:40 p.m. EDT on July 12" is another day's time even without its year; for other facts a day alone may be the sentence's slip.
  const clockOnDay = f.fact.value.type === 'time' && f.fact.when === undefined;
  if (when && ((column && column.year !== when.year) || (!dated && (timesOfClaim(ctx, claimStart, claimEnd).some((d) => !d.relativeTo && (d.date.year !== undefined || (clockOnDay && d.date.day !== undefined)) && !fits(d)) || agedAtAnotherTime(ctx, f, claimStart))))) {
    return { total: 0, features: 0, eventWords: 0, entities: 0, nearest: Infinity, nearestOwn: Infinity, nearestForeign: Infinity, nearestStranger: Infinity, ownNamed: 0, elsewhere: false, foreignKinds: new Set() };
  }
  // A column's year qualifies its cell as nearly as a date beside the figure.
  const d = dated ? distance(ctx, dated.start, dated.end, claimStart, claimEnd) : when && column ? 0 : undefined;
  if (d !== undefined) {
    total += DATE_BONUS;
    features++;
    eventWords++;
    nearest = Math.min(nearest, d);
    own = Math.min(own, d);
  }
  return { total, features, eventWords, entities, nearest, nearestOwn: own, nearestForeign: foreign, nearestStranger: stranger, ownNamed, elsewhere, foreignKinds };
}

/**
 * A cell's column header names who its figure is of, as a word a little way off; a
 * header row carried into the rows below names each column's own, never another's.
 */
function fromColumnOrCarried(ctx: SentenceContext, e: string, claimStart: number, claimEnd: number): number | undefined {
  const column = ctx.columnEntities.find((c) => c.start <= claimStart && claimEnd <= c.end);
  if (column?.ids.has(e)) return HEADER_DISTANCE;
  if (ctx.columnEntities.some((c) => c.ids.has(e))) return undefined;
  return ctx.carried.has(e) ? CARRIED_DISTANCE : undefined;
}

/**
 * "According to the National Weather Service", a "Source" column's "NWS Service Assessment":
 * who the sentence says tells of its events points at the facts of what they published.
 */
function citedDistance(ctx: SentenceContext, f: IndexedFact, claimStart: number, claimEnd: number): number | undefined {
  let best: number | undefined;
  for (const m of ctx.tellers) {
    if (f.entities.has(m.entityId) || !f.tellers.has(m.entityId)) continue;
    const d = distance(ctx, m.start, m.end, claimStart, claimEnd);
    if (best === undefined || d < best) best = d;
  }
  return best;
}

/**
 * The dates a sentence gives the time of a claim by: those in the claim's own clause,
 * else those before it. "59.9 per cent, itself the lowest since 2001" is no figure of
 * 2001, while "In 2019, turnout was 67.3%" is one of 2019.
 */
/**
 * When a fact's value holds: its `when`, or for a time of day the day it is on ("6 p.m.
 * EDT on July 13"), unless the claim is itself a date: that day is then the value.
 */
function timeOfFact(f: IndexedFact, dateClaim: boolean): CalendarDate | undefined {
  const v = f.fact.value;
  return f.fact.when ?? (v.type === 'time' && !dateClaim ? v.date : undefined);
}

/**
 * "cost $865 million from May 1972 through the Neptune encounter", "reported to the FAA,
 * 1990 to 2011": the times a fact's quote and event name are its time frame as much as
 * the time it holds, so a draft that names them speaks of it. One that only restates the
 * fact's time more loosely ("its November 2022 meeting") widens nothing, nor does the date
 * a dated fact gives: beside another date, that says the other is some other event's.
 */
function timesStatedBy(f: IndexedFact): CalendarDate[] {
  let times = STATED_TIMES.get(f.fact);
  if (!times) {
    const text = `${f.fact.quote}\n${f.fact.event}`;
    const v = f.fact.value;
    const own = (d: CalendarDate) => v.type === 'date' && partsAgree(d, v.date);
    times = findDates(text, 0, text.length).flatMap((d) => (d.date.year === undefined || own({ ...d.date, year: d.date.year }) ? [] : [{ ...d.date, year: d.date.year }]));
    STATED_TIMES.set(f.fact, times);
  }
  return times;
}

const STATED_TIMES = new WeakMap<IndexedFact['fact'], CalendarDate[]>();

/**
 * "Tokayev, the then 65-year-old former foreign minister", "Lovell, now 97": an age the
 * writer gives for another time, which only a date of the sentence can say is the fact's.
 */
function agedAtAnotherTime(ctx: SentenceContext, f: IndexedFact, claimStart: number): boolean {
  return f.fact.value.type === 'age' && AT_ANOTHER_TIME.has(ctx.words[wordsBefore(ctx, claimStart) - 1]?.stem ?? '');
}

const AT_ANOTHER_TIME = new Set(['then', 'now'].map(stem));

function timesOfClaim(ctx: SentenceContext, claimStart: number, claimEnd: number): SentenceContext['dates'] {
  const others = ctx.dates.filter((d) => d.start !== claimStart && !overlaps(d, claimStart, claimEnd));
  const own = others.filter((d) => sameClause(ctx, d.start, d.end, claimStart, claimEnd));
  return own.length > 0 ? own : others.filter((d) => d.end <= claimStart);
}

/**
 * An entity that many facts involve ("Kazakhstan" in a fact base about Kazakhstan)
 * does not tell one fact from another, so it does not outweigh a party the fact does
 * not involve. Counted in facts, not as a share, so that facts about other events
 * do not make it distinctive again.
 */
const COMMON_ENTITY_FACTS = REFERENCE_FACTS / 4;

export function commonEntity(index: FactIndex, entityId: string): boolean {
  return index.entityCount(entityId) >= COMMON_ENTITY_FACTS;
}

/**
 * A stated date that matches the time a fact holds is strong evidence for that fact;
 * a stated year that does not match it rules the fact out ("the CSTO summit in Minsk
 * on November 23, 2023" is not the session of 2022), unless the sentence also names the
 * fact's time: "reported its full-year 2023 numbers on 14 March 2024" tells when the
 * figures of 2023 came out. A day counted from the report ("yesterday") is when the
 * story is told, not when its figures held.
 */
const DATE_BONUS = 3;

/**
 * "Armenia froze its participation in 2024, and the war in Ukraine cast a shadow": the words
 * of a clause joined after the claim's by "and" or "but" tell that clause's event.
 */
function inCoordinateAfter(ctx: SentenceContext, at: number, claimEnd: number): boolean {
  if (at < claimEnd) return false;
  return ctx.breaks.some((b) => b >= claimEnd && b < at && COORDINATORS.has(ctx.words[firstAtOrAfter(ctx.words, (x) => x.start > b)]?.stem ?? ''));
}

const COORDINATORS = new Set(['and', 'but', 'while', 'whereas'].map(stem));

function phraseDistance(ctx: SentenceContext, f: IndexedFact, phrase: string[], claimStart: number, claimEnd: number, inside = false): number | undefined {
  let best: number | undefined;
  const w = ctx.words;
  for (const i of ctx.stemAt.get(phrase[0]) ?? []) {
    if (i + phrase.length > w.length || (!inside && w[i].start >= claimStart && w[i].end <= claimEnd)) continue;
    if (!phrase.every((p, k) => w[i + k].stem === p) || inCoordinateAfter(ctx, w[i].start, claimEnd) || namedByAnother(ctx, w[i].start, f)) continue;
    const d = distance(ctx, w[i].start, w[i + phrase.length - 1].end, claimStart, claimEnd);
    if (best === undefined || d < best) best = d;
  }
  if (phrase.length === 1) {
    for (const i of ctx.compounds.get(phrase[0]) ?? []) {
      if (!inside && w[i].start >= claimStart && w[i + 1].end <= claimEnd) continue;
      const d = distance(ctx, w[i].start, w[i + 1].end, claimStart, claimEnd);
      if (best === undefined || d < best) best = d;
    }
  }
  if (best === undefined && phrase.length === 1 && ctx.header.includes(phrase[0])) return HEADER_DISTANCE;
  return best;
}

/**
 * "Pashinyan missed the CIS summit in Bishkek": an event word right after a name the base
 * does not know, or after another body of a kind the fact's own are (the CIS for the
 * CSTO's session), is that body's event, no word of the fact's.
 */
function namedByAnother(ctx: SentenceContext, at: number, f: IndexedFact): boolean {
  const before = (x: { end: number }) => x.end <= at && at - x.end <= 1;
  return ctx.strangers.some(before) || ctx.mentions.some((m) => before(m) && m.role === 'party' && !m.demonym && !f.entities.has(m.entityId) && f.kinds.has(m.kind));
}

/** Whether one of the fact's event words stands within `maxDistance` words of the claim. */
export function keywordNear(ctx: SentenceContext, f: IndexedFact, claimStart: number, claimEnd: number, maxDistance: number): boolean {
  return f.keywords.some((phrase) => {
    const d = phraseDistance(ctx, f, phrase, claimStart, claimEnd);
    return d !== undefined && d <= maxDistance;
  });
}

/**
 * How near the fact's own people and places stand to the claim, and how near others
 * do. "Kazakhstan and China signed twelve agreements" is about China when China
 * stands closer to the figure than anything the fifteen-agreements fact involves.
 */
/**
 * "Tokayev won the election on 23 November: the CSTO met in Yerevan on 20 November": a party
 * named in a later clause, known or not, is that clause's, not a rival for the claim before it.
 */
function inLaterClause(ctx: SentenceContext, m: { start: number; end: number }, claimStart: number, claimEnd: number): boolean {
  return m.start >= claimEnd && !sameClause(ctx, m.start, m.end, claimStart, claimEnd);
}

function entityDistances(
  ctx: SentenceContext,
  f: IndexedFact,
  claimStart: number,
  claimEnd: number,
  common: (e: string) => boolean,
  affiliations: (person: string) => readonly string[],
): { own: number; foreign: number; stranger: number; ownNamed: number; elsewhere: boolean; foreignKinds: Set<string> } {
  let own = Infinity;
  let foreign = Infinity;
  let stranger = Infinity;
  let elsewhere = false;
  const named = new Set<string>();
  const foreignKinds = new Set<string>();
  const value = f.fact.value.type === 'entity' ? f.fact.value.entity : undefined;
  for (const m of ctx.mentions) {
    if (overlaps(m, claimStart, claimEnd) || anotherItemsParty(ctx.listParties, m, claimStart)) continue;
    const d = distance(ctx, m.start, m.end, claimStart, claimEnd);
    const involved = [m.entityId, ...(m.role === 'person' ? affiliations(m.entityId) : [])].filter((e) => f.entities.has(e) || e === value);
    if (involved.length === 0 && f.eventPlaces?.has(m.entityId)) continue;
    if (involved.length > 0) {
      const distinctive = involved.filter((e) => !common(e));
      if (distinctive.length > 0) own = Math.min(own, d);
      for (const e of distinctive) named.add(e);
    } else if (foreignParty(m, f) && !describesAnother(ctx, m, claimStart) && !homeDemonym(m, common) && !ctx.tellers.has(m) && !f.tellers.has(m.entityId) && !(f.fact.value.type === 'age' && !ageOfAnother(ctx, m, claimStart, claimEnd)) && !inLaterClause(ctx, m, claimStart, claimEnd)) {
      foreign = Math.min(foreign, d);
      foreignKinds.add(m.kind);
    }
  }
  const inItsArea = !f.kindRoles.has('place') && ctx.mentions.some((m) => m.role === 'area' && f.entities.has(m.entityId));
  for (const s of ctx.strangers) {
    if (overlaps(s, claimStart, claimEnd)) continue;
    const d = distance(ctx, s.start, s.end, claimStart, claimEnd);
    if (inQuote(f, s.text)) {
      own = Math.min(own, d);
      continue;
    }
    if (describesAnother(ctx, s, claimStart)) continue;
    const place = placeWordBefore(ctx, s.start);
    if (place && inItsArea) continue;
    if (place) {
      foreign = Math.min(foreign, d);
      // "refused to back the republics in Donbas, and then, on 19 July, flew to Sochi": a place far off in another clause sets another event there.
      elsewhere ||= f.kindRoles.has('place') && (d <= ELSEWHERE_DISTANCE || sameClause(ctx, s.start, s.end, claimStart, claimEnd));
    } else if (!inLaterClause(ctx, s, claimStart, claimEnd)) stranger = Math.min(stranger, d);
  }
  for (const e of ctx.carried) if (f.entities.has(e) && !common(e)) named.add(e);
  if (named.size > 0) own = Math.min(own, pairReferredTo(ctx, claimStart, claimEnd));
  return { own, foreign, stranger, ownNamed: named.size, elsewhere, foreignKinds };
}

/** Whether the claim's clause says the fact's event happened at its own place: "in Sochi", "at Coldwater II". */
function toldWhere(ctx: SentenceContext, f: IndexedFact, claimStart: number, claimEnd: number): boolean {
  return ctx.mentions.some((m) => m.role === 'place' && f.entities.has(m.entityId) && !overlaps(m, claimStart, claimEnd) && sameClause(ctx, m.start, m.end, claimStart, claimEnd) && wordBeforeIn(ctx, m.start, LOCATIVE));
}

const LOCATIVE = new Set(['in', 'at'].map(stem));

/** A body named in an appositive that the claim stands outside of only says who someone is. */
function describesAnother(ctx: SentenceContext, m: { start: number; end: number }, claimStart: number): boolean {
  return ctx.appositives.some(([from, to]) => from <= m.start && m.end <= to && !(from <= claimStart && claimStart < to));
}

/** How near a claim an unknown place must stand, outside the claim's clause, to set its event elsewhere. */
const ELSEWHERE_DISTANCE = 8;

/**
 * "Relations between their countries", "the two nations": words that refer back to the
 * parties the sentence has named, standing where they stand. How far the nearest is.
 */
function pairReferredTo(ctx: SentenceContext, claimStart: number, claimEnd: number): number {
  let best = Infinity;
  for (const head of PARTY_NOUNS) {
    for (const i of ctx.stemAt.get(head) ?? []) {
      if (i === 0 || !PAIR_WORDS.has(ctx.words[i - 1].stem)) continue;
      best = Math.min(best, distance(ctx, ctx.words[i - 1].start, ctx.words[i].end, claimStart, claimEnd));
    }
  }
  return best;
}

const PARTY_NOUNS = ['countries', 'nations', 'states', 'sides', 'governments'].map(stem);
const PAIR_WORDS = new Set(['their', 'both', 'two'].map(stem));

/**
 * "According to the NTSB", "in the NTSB's account", "the NTSB said": who tells of an
 * event is no party to it.
 */
function tellerOnly(words: readonly ContextWord[], m: Mention): boolean {
  const next = words[firstAtOrAfter(words, (w) => w.start >= m.end)]?.stem;
  const at = firstAtOrAfter(words, (w) => w.end > m.start);
  const before = words.slice(Math.max(0, at - 3), at).map((w) => w.stem).join(' ');
  return ACCORDING_TO.test(before) || (next !== undefined && TELLS.has(next));
}

const ACCORDING_TO = new RegExp(`${stem('according')} ${stem('to')}(?: ${stem('the')})?$`);
const TELLS = new Set(['said', 'says', 'told', 'reported', 'announced', 'account', 'estimate', 'estimates'].map(stem));

/**
 * "the Kazakh leader", "the Kazakh delegation" in a base about Kazakhstan: the demonym
 * of the country nearly every fact involves says whose side, not that another party
 * acts. The country named as such still may ("Kazakhstan will chair it next").
 */
function homeDemonym(m: Mention, common: (e: string) => boolean): boolean {
  return m.demonym && common(m.entityId);
}

/**
 * Who or where an event is about ("trade between the members of the Eurasian Economic
 * Union" is not the Turkic States' trade). A thing named nearby (a newspaper, a treaty)
 * says less, unless the fact is about another one of its kind: a year next to one treaty
 * is no year of another treaty.
 */
function foreignParty(m: Mention, f: IndexedFact): boolean {
  if (isPlace(m.role) && !anyPlace(f.kindRoles) && !f.eventPlaces) return false;
  // An area holds the points where events happen: "the volcano (Washington)", "ash reaching Idaho" name where, not whose.
  if (m.role === 'area' && !f.kindRoles.has('area')) return false;
  return isParty(m.role) || f.kinds.has(m.kind);
}

/**
 * Only a person has an age, and only one in the claim's clause may be the one it is
 * given to: "the 68-year-old president made Russia his first stop" and "talks with
 * Putin; the 70-year-old calls the choice symbolic" give no one else an age. Nor does a
 * person named after the age with words between, who is what the clause tells of its
 * subject: "The 68-year-old told Putin" gives Putin no age.
 */
function ageOfAnother(ctx: SentenceContext, m: Mention, claimStart: number, claimEnd: number): boolean {
  const object = m.start >= claimEnd && wordsBefore(ctx, m.start) > wordsBefore(ctx, claimEnd);
  return m.role === 'person' && !object && sameClause(ctx, m.start, m.end, claimStart, claimEnd);
}

/**
 * A name the base does not know but the fact's own quote uses ("0.5 miles from the
 * Pohoiki boat ramp") is the fact's, not another party's.
 */
function inQuote(f: IndexedFact, name: string): boolean {
  const at = f.fact.quote.indexOf(name);
  return at >= 0 && !/[\p{L}\p{N}]/u.test(f.fact.quote[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(f.fact.quote[at + name.length] ?? '');
}

/** "met in Baku", "a launch from Florida": a name after a word of place is where the event was. */
const PLACE_WORDS = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'into']);

/**
 * An unknown name where an event took place is another place, so another event; other
 * unknown names may be anyone. Where the sources place the event only in an area (a
 * country) the sentence names ("received in Paris by the French president"), the place
 * may be in it.
 */
function placeWordBefore(ctx: SentenceContext, at: number): boolean {
  return wordBeforeIn(ctx, at, PLACE_WORDS);
}

function wordBeforeIn(ctx: SentenceContext, at: number, words: ReadonlySet<string>): boolean {
  const i = wordsBefore(ctx, at) - 1;
  return i >= 0 && words.has(ctx.words[i].stem);
}

/**
 * Facts that differ only in who they are about (the border with China, the border
 * with Kyrgyzstan) share their event words. When the sentence names, near the claim,
 * in the claim's own clause a party that a sibling involves and the chosen fact does not, the claim may be about
 * the sibling: "Kyrgyzstan's own border with China".
 */
export function siblingNamedNear(ctx: SentenceContext, chosen: IndexedFact, other: IndexedFact, claimStart: number, claimEnd: number, maxDistance: number): boolean {
  if (!sameWords(chosen, other)) return false;
  return ctx.mentions.some(
    (m) =>
      other.entities.has(m.entityId) &&
      !chosen.entities.has(m.entityId) &&
      !overlaps(m, claimStart, claimEnd) &&
      sameClause(ctx, m.start, m.end, claimStart, claimEnd) &&
      distance(ctx, m.start, m.end, claimStart, claimEnd) <= maxDistance,
  );
}

/**
 * Whether the sentence moves to another time than the fact's before the claim ("Last
 * year, trade reached …") or within its clause; a shift in a later clause ("…, more
 * than the $24 million paid four years ago") leaves the claim in the story's time. A
 * shift that names the fact's own year ("last year" in a report of the year after) or
 * that the claim is part of ("broken up nearly 80 years ago") moves nothing.
 */
export function timeShiftedAt(ctx: SentenceContext, claimStart: number, claimEnd: number, f: IndexedFact): boolean {
  const year = f.fact.when?.year ?? f.eventTime?.year;
  return ctx.timeShifts.some(
    (t) =>
      !overlaps(t, claimStart, claimEnd) &&
      (t.year === undefined || t.year !== year) &&
      (t.end <= claimStart || sameClause(ctx, t.start, t.end, claimStart, claimEnd)),
  );
}

/** Whether a word of this stem stands in the claim's own clause (after a word of `after`'s stems, if given). */
export function clauseHas(ctx: SentenceContext, wordStem: string, claimStart: number, claimEnd: number, after?: ReadonlySet<string>): boolean {
  return (ctx.stemAt.get(wordStem) ?? []).some(
    (i) => (!after || (i > 0 && after.has(ctx.words[i - 1].stem))) && sameClause(ctx, ctx.words[i].start, ctx.words[i].end, claimStart, claimEnd),
  );
}

function sameClause(ctx: SentenceContext, start: number, end: number, claimStart: number, claimEnd: number): boolean {
  const [from, to] = end <= claimStart ? [end, claimStart] : [claimEnd, start];
  return !ctx.breaks.some((b) => b >= from && b < to);
}

function sameWords(a: IndexedFact, b: IndexedFact): boolean {
  const key = (f: IndexedFact) => f.keywords.map((k) => k.join(' ')).sort().join('|');
  return key(a) === key(b);
}

/** How many of the fact's distinctive entities (not its slot's value) the sentence names near the claim. */
export function namedNear(ctx: SentenceContext, f: IndexedFact, claimStart: number, claimEnd: number, maxDistance: number, common: (e: string) => boolean): number {
  const value = f.fact.value.type === 'entity' ? f.fact.value.entity : undefined;
  const near = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.entityId === value || !f.entities.has(m.entityId) || common(m.entityId)) continue;
    if (overlaps(m, claimStart, claimEnd)) continue;
    if (distance(ctx, m.start, m.end, claimStart, claimEnd) <= maxDistance) near.add(m.entityId);
  }
  return near.size;
}
