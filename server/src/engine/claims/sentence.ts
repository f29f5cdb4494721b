import { columnYear } from './columnYear';
import { appositives } from './appositives';
import { listParties } from './listParties';
import { labelUnit } from './labelUnit';
import type { Claim, DateClaim, FigureClaim } from './claim';
import { findDates } from './dates';
import { findRelativeDates } from './relativeDates';
import type { ReportDate } from './reportDate';
import { findFigures } from './figures';
import { cardinalValue } from './numberWords';
import type { Mention } from './names';
import { strangers } from './strangers';
import { saidAsAge } from './ages';
import type { SpellingSuspect } from './spelling';
import type { IndexedFact } from '../factbase/factIndex';
import { tokenize } from '../text/tokens';
import { contextWords, indexContext, type SentenceContext } from '../binding/context';
import type { CheckerParts } from '../verdicts/parts';

export interface SentenceInput {
  start: number;
  end: number;
  /** Where claims are read: the sentence itself, or the cells of a table row with their column's header. */
  claimSpans: Array<{ start: number; end: number; header?: string }>;
  /** Stems of the header row, which qualify every cell. */
  header: string[];
  /** Stems of a table row's first cell, which names what the row's figures are. */
  rowLabel?: string[];
  /** A table row's cells that cite its source: no claims are read there, and who they name tells, takes no part. */
  citations?: Array<{ start: number; end: number }>;
  /** The year the draft is speaking of around this sentence, for dates that leave it out. */
  contextYear?: number;
  /** The day the draft reports from (its front matter's date or its dateline), for "on Monday". */
  reportDate?: ReportDate;
  /** The topics of the last sentence before this one that named someone the base knows. */
  topics?: readonly number[];
  /** The entities the last sentence of the section that named any named, for a subject this one only refers to. */
  carried?: readonly string[];
}

export interface ReadSentence {
  /** The sentence's text, masked as the checker reads it. */
  text: string;
  /** Whether an offset of the draft stands inside quotation marks. A blockquote is as often a writer's callout as a quotation. */
  quotedAt(offset: number): boolean;
  ctx: SentenceContext;
  claims: Claim[];
  candidates: IndexedFact[];
  /** The stories of the base the sentence may speak of; undefined for any. */
  topics: ReadonlySet<number> | undefined;
  /** Table cells with their column's header; empty outside tables. */
  cells: Array<{ start: number; end: number; header?: string }>;
  /** Near misses of known names. */
  suspects: SpellingSuspect[];
}

/**
 * "**Operator:** That concludes today's call.", "[00:14:32] TOM: …": the label a transcript's
 * line opens with says who speaks; its words are none of what the line tells.
 */
const STAMP = String.raw`(?:[[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s*)?`;
const NAME_WORDS = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}`;
/** A label in bold ("**Operator:**", "**Katrin Albers**:") or in capitals ("TOM:"), then what is said, opening as a sentence does: "Revenue: €3.84bn" is no speaker. */
const SPEAKER_LABELS = [
  new RegExp(String.raw`^[\s>#-]*${STAMP}(?:\*\*|__)${STAMP}${NAME_WORDS}\s*(?::(?:\*\*|__)|(?:\*\*|__)\s*:)\s+(?=[\p{Lu}"“'‘])`, 'u'),
  new RegExp(String.raw`^[\s>*_#-]*${STAMP}\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}\s*:[*_]*\s+(?=[\p{Lu}"“'‘])`, 'u'),
];

function speakerLabelLength(text: string): number {
  for (const re of SPEAKER_LABELS) {
    const m = re.exec(text);
    if (m) return m[0].length;
  }
  return 0;
}

/** Reads a sentence once: its words, names, dates and figures, and the facts it may speak of. */
export function readSentence(parts: CheckerParts, masked: string, input: SentenceInput): ReadSentence {
  const tokens = tokenize(masked.slice(input.start, input.end), input.start);
  const spoken = input.start + speakerLabelLength(masked.slice(input.start, input.end));
  const words = contextWords(spoken > input.start ? tokens.filter((t) => t.start >= spoken) : tokens);
  const nameTokens = parts.names.tokensOf(tokens);
  const known: Mention[] = parts.names.mentions(nameTokens).map((m) => ({ ...m, text: masked.slice(m.start, m.end) }));
  const suspects = parts.spelling.suspects(nameTokens, known);
  const mentions = withSlips(parts, known, suspects);
  const claims: Claim[] = [];
  const dates: DateClaim[] = [];
  const agesSaid: number[] = [];
  for (const span of input.claimSpans) {
    const read = withRelativeDates(
      withSentenceMonths(findDates(masked, span.start, span.end)).map((d) => (d.date.year === undefined && input.contextYear ? { ...d, contextYear: input.contextYear } : d)),
      input.reportDate && findRelativeDates(masked, span.start, span.end, input.reportDate),
      masked,
    );
    const ds = read.filter((d) => d.start !== input.reportDate?.at);
    dates.push(...ds);
    const figures = findFigures(masked, span.start, span.end, read.map((d) => [d.start, d.end])).filter((f) => !inName(f, mentions));
    const labelled = input.rowLabel && span.start !== input.claimSpans[0].start ? figures.map((f) => ({ ...f, labelNouns: [...f.labelNouns, ...input.rowLabel!] })) : figures;
    const rowLabel = span.start === input.claimSpans[0].start ? undefined : masked.slice(input.claimSpans[0].start, input.claimSpans[0].end);
    const typed = labelled.map((f) => {
      if (!saidAsAge(f, masked, mentions, span.header)) return withLabelUnit(f, span.header, rowLabel);
      agesSaid.push(f.start);
      return { ...f, measure: 'age' as const };
    });
    claims.push(...ds, ...typed);
  }
  const citing = (x: { start: number }) => input.citations?.some((c) => c.start <= x.start && x.start < c.end) ?? false;
  const unknown = strangers(masked, input.start, nameTokens, mentions, (w) => parts.spelling.isKnownWord(w)).filter(
    (t) => !suspects.some((s) => s.start === t.start) && !citing(t),
  );
  const { stemAt, mentionsOf, compounds, tellers } = indexContext(words, mentions, citing);
  const ctx: SentenceContext = {
    start: input.start,
    end: input.end,
    words,
    mentions,
    strangers: unknown,
    header: input.header,
    dates,
    columnYears: input.claimSpans.flatMap((c) => {
      const year = columnYear(c.header);
      return year === undefined ? [] : [{ start: c.start, end: c.end, year }];
    }),
    columnEntities: input.claimSpans.flatMap((c) => {
      const ids = c.header === undefined ? [] : namedIn(parts, c.header);
      return ids.length === 0 ? [] : [{ start: c.start, end: c.end, ids: new Set(ids) }];
    }),
    breaks: clauseBreaks(masked, input),
    appositives: appositives(masked, input.start, input.end),
    carried: carriedInto(parts, masked, input, mentions),
    timeShifts: timeShifts(masked, input),
    agesSaid,
    stemAt,
    mentionsOf,
    compounds,
    tellers,
    listParties: listParties(masked, claims.filter((c): c is FigureClaim => c.kind === 'figure'), mentions),
  };
  const stems = new Set<string>();
  for (const w of words) stems.add(w.stem);
  for (const h of input.header) stems.add(h);
  const entityIds = new Set(mentions.map((m) => m.entityId));
  // An entity no fact involves (a state the ash reached) belongs to no story: it narrows nothing.
  const own = parts.index.topicsOf(entityIds);
  const topics = own.size > 0 ? own : input.topics && new Set(input.topics);
  const candidates = parts.index.candidates(stems, entityIds, topics);
  const cells = input.claimSpans.filter((c) => c.header !== undefined);
  const text = masked.slice(input.start, input.end);
  return { text, quotedAt: (at) => insideQuotationMarks(text, at - input.start), ctx, claims: claims.sort((a, b) => a.start - b.start), candidates, topics, cells, suspects };
}

/**
 * Words that open a subordinate clause: in "sworn in on 21 March after Nazarbayev
 * resigned", the date belongs to the swearing-in, not to what follows "after".
 */
const SUBORDINATORS = /\b(?:after|before|when|while|whereas|since|until|following|because|although|though|which|who|whom|where)\b/gi;

/** "21 Mar 2019 — Tokayev is sworn in": a timeline's date label, whose dash joins it to its event. */
const DATE_LABEL = /^[\s*_>-]*(?=[^\n]*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[\p{L}\d.,'’ ]{1,24}[\s*_]*$/iu;

/**
 * "Then, on 12 July 2014, in front of 74,378 spectators, he settled the final": short
 * phrases of time and place that open a sentence belong to its main clause, so the
 * commas that set them off part nothing.
 */
const FRONTED_PHRASE = /^\s*(?:then|later|earlier|meanwhile|finally|(?:on|in|at|by|during|from|within|that|this|the same|last|next|early|late|two|three|four|five|several|a few|\d+)\b[^,;:.!?]{0,40})\s*$/i;

function frontedCommas(masked: string, input: SentenceInput): Set<number> {
  const commas = new Set<number>();
  let from = input.start;
  for (let i = input.start; i < input.end && commas.size < 3; i++) {
    if (masked[i] !== ',') continue;
    if (/\d/.test(masked[i + 1] ?? '') || !FRONTED_PHRASE.test(masked.slice(from, i).replace(/^[\s*_>#-]+/, ''))) break;
    commas.add(i);
    from = i + 1;
  }
  return commas;
}

function clauseBreaks(masked: string, input: SentenceInput): number[] {
  const breaks: number[] = [];
  const fronted = frontedCommas(masked, input);
  for (const m of masked.slice(input.start, input.end).matchAll(SUBORDINATORS)) breaks.push(input.start + (m.index ?? 0));
  for (let i = input.start; i < input.end; i++) {
    const c = masked[i];
    const spacedDash = (c === '—' || c === '–') && /\s/.test(masked[i - 1] ?? '') && /\s/.test(masked[i + 1] ?? '');
    const labelDash = spacedDash && DATE_LABEL.test(masked.slice(input.start, i));
    if ((c === ',' && !/\d/.test(masked[i + 1] ?? '') && !fronted.has(i)) || c === ';' || (spacedDash && !labelDash) || c === '(' || c === ')') breaks.push(i);
  }
  return breaks.sort((a, b) => a - b);
}

/** The entities a label names ("Voyager 1", "Kazakhstan"). */
function namedIn(parts: CheckerParts, label: string): string[] {
  return parts.names.mentions(parts.names.tokensOf(tokenize(label, 0))).map((m) => m.entityId);
}

/** A bare number under "Length (km)", or in the row of "Same distance in AU", is a length in that unit. */
function withLabelUnit(f: FigureClaim, ...labels: Array<string | undefined>): FigureClaim {
  if (f.measure !== 'count' || f.nouns.length > 0) return f;
  const unit = labels.map((l) => (l === undefined ? undefined : labelUnit(l))).find((u) => u !== undefined);
  return unit ? { ...f, measure: unit.measure, unit: unit.unit } : f;
}

/**
 * "On the 28th" names a day of a month the sentence has already named ("in November
 * 2022, … on the 28th"); without one, the day is no claim.
 */
function withSentenceMonths(dates: DateClaim[]): DateClaim[] {
  const out: DateClaim[] = [];
  let month: { month?: number; year?: number } | undefined;
  for (const d of dates) {
    if (d.style !== 'day') {
      if (d.date.month !== undefined) month = { month: d.date.month, year: d.date.year };
      out.push(d);
    } else if (month) {
      out.push({ ...d, date: { ...month, day: d.date.day } });
    }
  }
  return out;
}

/**
 * A sentence that names no one speaks of whom the sentence before it named; one whose
 * subject is a pronoun or a description ("He told…", "The 70-year-old leader…") names
 * others, but its subject is the person named before. Fronted adverbials set off by
 * commas ("Later that week, on November 30, he…") leave the subject a reference, and so
 * does "The 68-year-old told Putin …".
 */
const REFERRING_OPENING = /^[\s*_>#\-\d.)\[\]:]*(?:\*\*[^*]*\*\*\s*)?(?:[^,;:.!?\n]{1,40},\s*){0,3}(?:he|she|his|her|the\s+\p{Ll}[\p{L}-]*|the\s+\d{1,3}-year-old)\b/iu;

const PERSONAL_OPENING = /^[\s*_>#\-\d.)\[\]:]*(?:\*\*[^*]*\*\*\s*)?(?:[^,;:.!?\n]{1,40},\s*){0,3}(?:he|she|his|her)\b/iu;

function carriedInto(parts: CheckerParts, masked: string, input: SentenceInput, mentions: Mention[]): Set<string> {
  if (!input.carried?.length) return new Set();
  const isPerson = (id: string) => parts.index.kindRoleOf(id) === 'person';
  const text = masked.slice(input.start, input.end);
  // "The two leaders marked the 30th anniversary" after "Tokayev met Putin": the people referred to bring their countries.
  const withTheirs = (ids: readonly string[]) => (LEADERS_OPENING.test(text) ? [...ids, ...ids.filter(isPerson).flatMap((p) => parts.index.affiliations(p))] : ids);
  // "He will assume his duties…" after a sentence that named a body means a person, never the body.
  if (mentions.length === 0) return new Set(withTheirs(PERSONAL_OPENING.test(text) ? input.carried.filter(isPerson) : input.carried));
  const opening = REFERRING_OPENING.exec(text);
  if (!opening || mentions.some((m) => m.start < input.start + opening[0].length)) return new Set();
  const named = new Set(mentions.map((m) => m.entityId));
  return new Set(withTheirs(input.carried.filter((id) => !named.has(id) && isPerson(id))));
}

/** An opening that refers back to the people just named as the heads of their sides. */
const LEADERS_OPENING = /^[\s*_>#\-\d.)\[\]:]*(?:\*\*[^*]*\*\*\s*)?(?:[^,;:.!?\n]{1,40},\s*){0,3}(?:the|both)\s+(?:two\s+|three\s+)?(?:leaders|presidents|heads\s+of\s+state|sides)\b/iu;

/** Inside “…”, «…» or a pair of straight double quotes, counting from the sentence's start. */
function insideQuotationMarks(text: string, at: number): boolean {
  let depth = 0;
  let straight = false;
  for (let i = 0; i < at && i < text.length; i++) {
    const c = text[i];
    if (c === '“' || c === '«') depth++;
    else if ((c === '”' || c === '»') && depth > 0) depth--;
    else if (c === '"') straight = opensQuotation(text, i);
  }
  return depth > 0 || straight;
}

/**
 * A straight quotation mark opens where a word follows it and none comes right before:
 * a sentence cut inside a quotation ("Only 'win-win'," Sanat Kushkumbayev, director of …)
 * begins with its closing mark, which must not open the rest of it.
 */
function opensQuotation(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (before === undefined || /[\s(\[{—–-]/.test(before)) && after !== undefined && !/\s/.test(after);
}

/** Relative dates the sentence's dates leave free: not within one, nor the weekday a date is of ("Wednesday, 3 April 2019"). */
function withRelativeDates(dates: DateClaim[], relative: DateClaim[] | undefined, masked: string): DateClaim[] {
  if (!relative) return dates;
  const free = relative.filter((r) => !dates.some((d) => (r.start < d.end && d.start < r.end) || (d.start >= r.end && WEEKDAY_OF.test(masked.slice(r.end, d.start)))));
  return [...dates, ...free].sort((a, b) => a.start - b.start);
}

const WEEKDAY_OF = /^,?\s{1,2}$/;

/** A misspelled name still names its entity: "Tasmagambetow, … from 2 January 2023" is Tasmagambetov's. */
function withSlips(parts: CheckerParts, known: Mention[], suspects: readonly SpellingSuspect[]): Mention[] {
  if (suspects.length === 0) return known;
  const slips = suspects.flatMap((s): Mention[] => {
    const kind = parts.index.kindOf(s.entityId);
    const role = parts.index.kindRoleOf(s.entityId);
    return kind && role ? [{ start: s.start, end: s.end, text: s.text, entityId: s.entityId, demonym: false, kind, role }] : [];
  });
  return [...known, ...slips].sort((a, b) => a.start - b.start);
}

/** "Flight 1549", "Vikram 2": a number inside a known name is part of the name; "US" before "$10 million" is no name around it. */
function inName(f: FigureClaim, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => m.start <= f.numberStart && f.numberEnd <= m.end);
}

function timeShifts(masked: string, input: SentenceInput): SentenceContext['timeShifts'] {
  return [...masked.slice(input.start, input.end).matchAll(TIME_SHIFT)].map((m) => {
    const start = input.start + (m.index ?? 0);
    return { start, end: start + m[0].length, year: input.reportDate && shiftedYear(m[0], input.reportDate.year) };
  });
}

/**
 * "Last year" in a report of 1998 is 1997, and "three years ago" 1995: a shift counted
 * from the report's own date names a year. "Earlier" and "later" count from the
 * story's time, which the sentence may not give.
 */
function shiftedYear(shift: string, reportYear: number): number | undefined {
  const words = shift.toLowerCase().split(/\s+/);
  if (words[1] === 'year') return words[0] === 'next' ? reportYear + 1 : reportYear - 1;
  const n = /^\d+$/.test(words[0]) ? +words[0] : cardinalValue(words[0]);
  return words[2] === 'ago' && /^years?$/.test(words[1]) && n !== undefined && n > 0 ? reportYear - n : undefined;
}

/**
 * "Four years ago", "twelve years earlier", "last year": the sentence speaks of
 * another time than the story's, so of other events than those the sources date.
 */
const TIME_SHIFT = /\b(?:last|next|previous)\s+year\b|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|some|few)\s+(?:years?|decades?|months?)\s+(?:ago|earlier|before|later|previously|prior|on)\b/gi;
