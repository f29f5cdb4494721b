import { MONTH_PATTERN } from './calendar';
import { stem } from '../text/stem';
import type { FigureClaim, Hedge } from './claim';
import { clockMinutes } from './clock';
import { FIGURE } from './figurePattern';
import { CARDINAL_WORD, NUMBER_TOKEN, OF_THE, cardinalValue, ordinalValue } from './numberWords';
import { readUnit, type ReadUnit } from './readUnit';
import { unitById } from '../units/units';

/** "faster than 2,500 km/h", "deeper than 5,000 feet": a comparative bounds its figure as "more than" and "less than" do. */
const COMPARATIVES: Array<[string, Hedge]> = [
  ...'greater higher larger bigger longer faster heavier taller deeper older wider farther further'.split(' ').map((w): [string, Hedge] => [`${w} than`, 'more']),
  ...'lower smaller shorter slower lighter younger narrower shallower'.split(' ').map((w): [string, Hedge] => [`${w} than`, 'less']),
];

const HEDGES: Array<[string, Hedge]> = [
  ...COMPARATIVES,
  ['more than', 'more'], ['over', 'more'], ['exceeding', 'more'], ['exceeded', 'more'], ['at least', 'more'],
  ['upwards of', 'more'], ['just over', 'more'], ['above', 'more'],
  ['less than', 'less'], ['under', 'less'], ['up to', 'less'], ['nearly', 'less'], ['almost', 'less'],
  ['just under', 'less'], ['below', 'less'], ['fewer than', 'less'], ['as high as', 'less'], ['as much as', 'less'], ['as many as', 'less'],
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['some', 'about'],
  ['close to', 'about'], ['an estimated', 'about'], ['almost exactly', 'about'],
];
const HEDGE_RE = new RegExp(`\\b(${HEDGES.map(([w]) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'i');

/** The hedges by their words, lowercase and single-spaced, as HEDGE_RE's match is looked up. */
const HEDGE_BY_WORDS = new Map(HEDGES);

/** "~$5bn", "≈ 40": marks a writer puts for "about". */
const ABOUT_MARK = /[~≈]\s*$/;

function hedgeBefore(before: string): Hedge {
  if (ABOUT_MARK.test(before)) return 'about';
  const words = HEDGE_RE.exec(before)?.[1];
  return (words && HEDGE_BY_WORDS.get(words.toLowerCase().replace(/\s+/g, ' '))) || 'exact';
}

const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12, t: 1e12 };

/** Finds figures in a stretch of prose, skipping spans already read as dates. */
export function findFigures(text: string, start: number, end: number, taken: Array<[number, number]>): FigureClaim[] {
  const slice = text.slice(start, end);
  const claims: FigureClaim[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(slice); m; m = FIGURE.exec(slice)) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (m[0].length === 0 || taken.some(([a, b]) => s < b && a < e)) continue;
    const prose = prefixAsProse(m.groups ?? {});
    if (prose) {
      FIGURE.lastIndex = m.index + prose;
      continue;
    }
    const claim = toClaim(m, s, slice);
    if (claim) claims.push(claim);
  }
  return withoutRanges(text, claims);
}

/**
 * "roughly 1 to 10 smaller aftershocks", "between magnitude 3 and 5": a range says where a
 * value lies, and neither end is a value of its own. "rose from 150 to 420" is two values,
 * before and after.
 */
function withoutRanges(text: string, claims: FigureClaim[]): FigureClaim[] {
  const ends = new Set<FigureClaim>();
  claims.forEach((a, i) => {
    const b = claims[i + 1];
    if (!b) return;
    const joint = text.slice(a.end, b.start);
    const before = text.slice(Math.max(0, a.start - 12), a.start);
    if (!oneMeasure(a, b)) return;
    if ((RANGE_TO.test(joint) && !FROM.test(before) && !CHANGED.test(before)) || (RANGE_AND.test(joint) && BETWEEN.test(before))) ends.add(a).add(b);
  });
  return ends.size === 0 ? claims : claims.filter((c) => !ends.has(c));
}

/** Both ends measure one thing, or one end leaves its unit to the other ("5.8 to 10.7 pounds"): "rose 3.7 percent to 3.84 billion euros" is no range. */
function oneMeasure(a: FigureClaim, b: FigureClaim): boolean {
  return a.measure === b.measure ? a.unit === b.unit || !a.unit || !b.unit : !a.unit || !b.unit;
}

const RANGE_TO = /^\s*(?:to|through)\s+$/;
const RANGE_AND = /^\s*and\s+$/;
const FROM = /\bfrom\s+$/i;
/** "grew 10 to 15 percent" may be a change as much as a range. */
const CHANGED = /\b(?:rose|risen|rising|fell|fallen|grew|grown|increased|decreased|dropped|climbed|jumped|raised|cut|lifted)\s+(?:by\s+)?$/i;
const BETWEEN = /\bbetween\s+$/i;

/**
 * The length of a prefix that the pattern took for a currency or a scale but that is
 * prose: "try 5 times" (TRY is a code only in capitals), "sea level 3 meters". The
 * figure is read again after it.
 */
function prefixAsProse(g: Record<string, string | undefined>): number {
  if (g.cur && !readUnit(undefined, g.cur)) return g.cur.length;
  if (g.pre && (g.cur || (g.unit && readUnit(g.unit)?.measure !== 'scale'))) return g.pre.length;
  return 0;
}

function toClaim(m: RegExpExecArray, s: number, slice: string): FigureClaim | undefined {
  const g = m.groups ?? {};
  if (g.clock) return clockClaim(m, s);
  const claim = unsignedClaim(m, s, slice);
  const sign = MINUS.exec(slice.slice(Math.max(0, m.index - 8), m.index))?.[1];
  if (!claim || !sign) return claim;
  // Only a temperature is read below zero. Before another figure a hyphen is left unread, as it always was, and a spelled sign ("plus or minus 20%") leaves the figure as it stands.
  if (claim.measure !== 'quantity' || !claim.unit || unitById(claim.unit)?.dimension !== 'temperature') return sign === '-' ? undefined : claim;
  return { ...claim, sign, start: claim.start - sign.length, text: sign + claim.text, value: -claim.value };
}

/** "-21 °C", "−76 °C", "minus 12 degrees Celsius": a sign that stands alone before the number. */
const MINUS = /(?:^|[\s(|~≈])([-−–]|minus\s+)$/i;

function unsignedClaim(m: RegExpExecArray, s: number, slice: string): FigureClaim | undefined {
  const g = m.groups ?? {};
  const raw = g.digits ?? g.ordword ?? (g.word ?? '') + (g.half ?? '');
  const whole = g.digits ? Number(g.digits.replace(/,/g, '')) : g.ordword ? ordinalValue(g.ordword) : cardinalValue(g.word ?? '');
  // "two and a half seconds" is 2.5.
  const base = whole === undefined || !g.half ? whole : whole + 0.5;
  if (base === undefined || Number.isNaN(base)) return undefined;
  if (g.digits && !g.cur && !g.scale && !g.unit && !g.ord && /^(1[6-9]|20)\d\d$/.test(g.digits)) return undefined;
  if (!g.digits && /^\p{Lu}/u.test(raw) && raw.toLowerCase() === 'one') return undefined;
  if (g.scale && /^[bt]$/i.test(g.scale) && !g.cur) return undefined;
  if (g.scale && !g.cur && !g.digits && g.scale.length === 1) return undefined;
  if (notAClaim(slice, m.index, m.index + m[0].length, g)) return undefined;
  const unit = unitRead(g);
  if (!unit) return undefined;
  const measure = g.age ? 'age' : g.ord || g.ordword ? 'ordinal' : unit.measure;
  const rest = slice.slice(m.index + m[0].length);
  const partOf = PART_OF.exec(rest);
  const nouns = nounsAfter(slice, m.index + m[0].length + (partOf?.[0].length ?? 0));
  const ofNouns = countedBefore(slice.slice(0, m.index));
  const labelNouns = [...labelBefore(slice.slice(0, m.index)), ...ofNouns];
  const complement = complementAfter(slice, m.index + m[0].length);
  if (measure === 'ordinal' && nouns.length === 0 && labelNouns.length === 0) return undefined;
  if (measure === 'count' && AUXILIARIES.has(nouns[0] ?? '')) return undefined;
  // "About 56 hours into the flight": a moment within something, not how long it lasted.
  if (measure === 'duration' && INTO.test(rest)) return undefined;
  // "Open 24 hours a day, seven days a week": a share of each day or week, no span of anything.
  if (measure === 'duration' && PER_SPAN.test(rest)) return undefined;
  if (measure === 'number' && !g.digits && !isCounted(slice, m.index + m[0].length)) return undefined;
  if (!g.digits && base <= 2 && measure !== 'ordinal' && DETERMINER_BEFORE.test(slice.slice(0, m.index))) return undefined;
  if (!g.digits && base === 1 && measure === 'count' && PREPOSITION_BEFORE.test(slice.slice(0, m.index))) return undefined;
  const scale = g.scale && !unit.scaleIsUnit ? SCALES[g.scale.toLowerCase()] ?? 1 : 1;
  const lead = g.pre ?? g.cur ?? '';
  const numberStart = s + lead.length + (/^[\s-]*/.exec(m[0].slice(lead.length))?.[0].length ?? 0);
  const end = s + m[0].length;
  const before = slice.slice(0, m.index);
  return {
    kind: 'figure',
    start: s,
    end,
    text: m[0],
    value: base * scale,
    measure,
    unit: unit.unit,
    unitForm: unit.form,
    nouns,
    labelNouns,
    ofNouns,
    complement,
    hedge: hedgeBefore(before),
    numberStart,
    numberEnd: numberStart + raw.length + (g.ord?.length ?? 0),
    numberStyle: g.digits ? (g.ord ? 'ordinal-digits' : 'digits') : g.ordword ? 'ordinal-word' : 'word',
    presupposed: (!g.digits && DETERMINER_BEFORE.test(before)) || unit.statesAlone === false,
    ...(WHOLE_BEFORE.test(before) ? { whole: true } : {}),
    ...(measure === 'duration' && nouns.length === 0 && SPAN_OF_CLAUSE.test(before) ? { clauseSpan: true } : {}),
  };
}

/** "The largest quake in over 25 years.", "talks that ran for 19 years": a span after its preposition that ends the clause. */
const SPAN_OF_CLAUSE = /\b(?:in|for|over|after|within)\s+(?:(?:more\s+than|over|nearly|almost|about|around|just|some|roughly|at\s+least)\s+)?$/i;

/** What the figure measures, from its currency, unit and scale; undefined when a unit's symbol is in the wrong case ("5G"). */
function unitRead(g: Record<string, string | undefined>): ReadUnit | undefined {
  if (g.pre) return readUnit(g.pre);
  if (!g.cur && !g.unit && g.scale === 'm') return { ...readUnit('m')!, scaleIsUnit: true };
  if (g.cur || g.unit) return readUnit(g.unit, g.cur);
  return { measure: g.scale ? 'number' : 'count' };
}

/** "8:32 a.m.", "14:05 UTC": a time of day, a claim only where a fact binds it. */
function clockClaim(m: RegExpExecArray, s: number): FigureClaim | undefined {
  const g = m.groups ?? {};
  const minutes = clockMinutes(g);
  if (minutes === undefined) return undefined;
  const end = s + m[0].length;
  return {
    kind: 'figure', start: s, end, text: m[0], value: minutes, measure: 'time', unit: g.zone?.toUpperCase(),
    nouns: [], labelNouns: [], ofNouns: [], complement: [], hedge: 'exact', numberStart: s, numberEnd: s + g.clock!.length, numberStyle: 'clock', presupposed: true,
  };
}

/** A spelled-out number counts something only when a word follows it ("five states"). */
function isCounted(slice: string, at: number): boolean {
  return /^\s+\p{Ll}/u.test(slice.slice(at));
}

/** The label of a "**Agreements signed in Türkiye:** 16" line, as stems. */
function labelBefore(text: string): string[] {
  const before = text.slice(-160);
  if (!before.includes(':')) return [];
  const m = /(\p{L}[\p{L}\p{N}\s’'(),-]{0,80}?)[\s*_]*:[\s*_]*[^:]{0,60}$/u.exec(before);
  return m ? (m[1].match(/\p{L}[\p{L}’'-]*/gu) ?? []).map(stem) : [];
}

/**
 * What "a crowd of 74,378", "a combined work force of 132,000" counts: the noun before
 * "of", with an open compound also as one word ("workforce").
 */
const COUNTED_BEFORE = /\b(?:a|an|the|its|their|his|her|our|your|my)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|more\s+than\s+|over\s+)?$/u;

function countedBefore(text: string): string[] {
  const m = COUNTED_BEFORE.exec(text.slice(-80));
  if (!m) return [];
  const words = m[1].split(/\s+/).map(stem);
  return [...words, ...words.slice(1).map((w, i) => words[i] + w)];
}

/**
 * What an ordinal's noun is of: "the 20th anniversary of the signing of the border
 * treaty", "the 4th meeting of the council". Content words only, as stems.
 */
function complementAfter(slice: string, at: number): string[] {
  const m = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+of\s+([^,.;:()!?]{1,80})/u.exec(slice.slice(at));
  if (!m) return [];
  return (m[1].match(/\p{L}[\p{L}’'-]*/gu) ?? []).filter((w) => w.length > 3 && !/^(?:the|this|that|these|those|their|with|from|between|signing)$/i.test(w)).slice(0, 6).map(stem);
}

/** "The fifth and final servicing mission", "the first and only visit": the series' end says nothing of what it counts. */
const SERIES_END = /^(?:and|or)\s+(?:final|last|only|latest)\s*/i;

function nounsAfter(slice: string, at: number): string[] {
  const run = slice.slice(at).match(/^(?:[\s\p{L}’'-]|(?<=\p{Lu}\p{L}*\s)\d[\d-]*\p{L}*(?=\s))*/u)?.[0].slice(0, 60) ?? '';
  const words = (run.match(/\p{L}[\p{L}’'-]*/gu) ?? []).join(' ').replace(SERIES_END, '').split(' ').filter((w) => w !== '');
  return words.slice(0, 4).map(stem);
}

/**
 * "Four of the eight cells": the part counts what the whole does, and the whole is the
 * total the text set up, not the part a source counts ("six of eight cells").
 */
const PART_OF = new RegExp(`^${OF_THE}${NUMBER_TOKEN}(?=\\s)`, 'i');
const WHOLE_BEFORE = new RegExp(`${NUMBER_TOKEN}${OF_THE}$`, 'i');

const INTO = /^\s+into\b/i;
const SCORE_AFTER = new RegExp(`^[-–](?:nil|all|love|\\d{1,2}\\b|(?:${CARDINAL_WORD})\\b)`, 'i');
const PER_SPAN = /^\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|night|week|month|year|decade)\b/i;
const TITLE_AFTER_RANK = /^\s+(?:Deputy|Vice|Secretary|Lady|Minister|Officer|Mate|Lieutenant|Sergeant|Chairman|Chair|President)\b/;
const DAY_AFTER_MONTH = new RegExp(`\\b(?:${MONTH_PATTERN})\\s+$`);
const DAY_BEFORE_MONTH = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:[-–]|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_PATTERN})\\b`);

/** "The 787 had logged 844 orders": a number a verb follows right away is the subject, a name, and counts nothing. */
const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'may', 'might', 'must', 'should'].map(stem));

/** "A fault in one cell", "from one region to another": one of many, picked out, not how many there are. */
const PREPOSITION_BEFORE = /\b(?:in|into|on|onto|at|from|to|of|with|for|by|through|across|inside|within)\s+$/i;

const DETERMINER_BEFORE = /\b(?:the|these|those|this|that|its|his|her|their|our|your|my|both|all|whose|which|by)\s+(?:\p{L}+\s+)?$/iu;

/** Words that number a part of a text or a thing with a name: "Article 3", "Vol. 19", "Segment 3", "P.L. 113-2", "H.R. 152"; "Falcon 9" is left to names. */
const NUMBERED_LABEL = /(?:\b(?:[Aa]rticles?|[Ss]ections?|[Cc]hapters?|[Pp]aragraphs?|[Cc]lauses?|[Pp]arts?|[Rr]esolutions?|[Aa]mendments?|[Pp]ages?|[Pp]p?\.|[Vv]ol\.?|[Vv]olumes?|[Nn]o\.|[Nn]os\.|[Ii]ssues?|[Ee]pisodes?|[Ff]igures?|[Ff]ig\.|[Tt]ables?|[Rr]ef\.|[Nn]umbers?|[Ll]evel|[Pp]hase|[Tt]ier|[Gg]rade|[Rr]ow|[Ii]tem|[Ss]tep|[Ss]egments?|[Rr]ounds?|[Ss]tages?|[Aa]cts?|[Ss]cenes?|[Tt]racks?|[Ss]lides?|[Ee]xhibits?|[Aa]nnex(?:es)?|[Aa]ppendix|[Qq]uestions?|[Pp]ublic\s+[Ll]aws?|[Bb]ills?|P\.\s?L\.|H\.\s?R\.|S\.\s?Res\.|H\.\s?Res\.)|#)\s*$/;

/**
 * Numbers a reader does not take as a claim: a part of a whole ("31 other teams", "two
 * more agreements"), the whole part of a fraction ("seven and a half thousand"), a
 * score ("four-nil"), the label of a part ("Article 3"), a
 * citation's volume, issue and pages ("19.2 (74): 38-62"), a clock time ("at 3 p.m."),
 * a century ("the 21st Century"), and the counting words of idioms ("one of", "on
 * the one hand", "first of all", "a year or two").
 */
function notAClaim(slice: string, at: number, end: number, g: Record<string, string | undefined>): boolean {
  const before = slice.slice(Math.max(0, at - 24), at);
  const after = slice.slice(end, end + 24);
  if (NUMBERED_LABEL.test(before) && !g.cur) return true;
  // "energy;[3][31]", "[^2]": a reference mark, not a figure.
  if (g.digits && !g.unit && !g.scale && /\[\^?$/.test(before) && /^\]/.test(after)) return true;
  if (g.digits && !g.cur && !g.unit && (/^\s*\(\d+\)/.test(after) || /\d\s*\(\s*$/.test(before) || /\):\s*$/.test(before))) return true;
  if (g.digits && !g.unit && /^\s*(?:[ap]\.\s?m\.|[ap]m\b|o['’]clock|(?:UTC|GMT|EST|EDT|PST|PDT|CET|hours?\b)|h\b)/i.test(after)) return true;
  if ((g.ord || g.ordword) && /^\s+(?:century|centuries|millennium)\b/i.test(after)) return true;
  if (/^\s+(?:other|more|additional|remaining|fellow|further|extra)\b/i.test(after)) return true;
  // "Russia won four-nil", "a 2–1 win": a score, no count of anything.
  if (!g.unit && !g.cur && (SCORE_AFTER.test(after) || (g.digits && /\b\d{1,2}[-–]$/.test(before)))) return true;
  // "Seven and a half thousand kilometres", "two-and-a-half years": the number is only the whole part of the figure.
  if (/^[\s-]+and[\s-]+an?[\s-]+(?:half|quarter|third)\b/i.test(after)) return true;
  // "November 29-30", "29–30 November": a day of a month, in a span of days no date reader took.
  if (g.digits && /^\d{1,2}$/.test(g.digits) && !g.cur && !g.unit && (DAY_AFTER_MONTH.test(before) || DAY_BEFORE_MONTH.test(slice.slice(end, end + 40)))) return true;
  // "a first-degree badge", "second-hand", "third-party": an ordinal joined to a word makes an adjective; "second-largest" and "first-ever" still rank.
  if (g.ordword && /^-\p{L}/u.test(after) && !/^-(?:\p{L}+est|ever|most)\b/u.test(after)) return true;
  // "First Deputy State Secretary", "Second Lieutenant": a rank in a title, not a place in a series.
  if (g.ordword && /^\p{Lu}/u.test(g.ordword) && TITLE_AFTER_RANK.test(after)) return true;
  if (g.word || g.ordword) return idiomatic((g.word ?? g.ordword ?? '').toLowerCase(), before, after);
  return false;
}

/** Counting words that count nothing: "one of", "the one unfolding", "first of all", "a year or two". */
function idiomatic(word: string, before: string, after: string): boolean {
  if (/^\s+or\s+(?:two|so|more)\b/i.test(after) || /\bor\s+$/i.test(before)) return true;
  if (word === 'one' && (/^\s+(?:of|another|hand|side|way|day|another's|by|after|with|in|on|at|to|is|was|that|who|which)\b/i.test(after) || /\b(?:the|no|any|this|that|every|each|such|a|which|another)\s+$/i.test(before))) return true;
  if ((word === 'first' || word === 'second') && /^\s+(?:of\s+all|and\s+foremost|time|step|steps|place|glance|sight|hand|half|thing|things|priority|look|instance|place)\b/i.test(after)) return true;
  if (/(?:^|[.!?:;]\s*|\n\s*)$/.test(before) && /^\s*,/.test(after)) return true;
  return false;
}
