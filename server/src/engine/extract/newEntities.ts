import { CALENDAR_WORDS } from '../claims/calendar';
import type { NameMatcher, NameToken } from '../claims/names';
import { normalizeName } from '../text/nameForm';
import type { Entity, EntityKind } from '../factbase/schema';
import type { TitleFinder } from '../claims/titles';
import { entityId } from './ids';
import { demonymsOf } from './demonyms';
import { kindFromWords, placeKind } from './nameKinds';
import { RecurringNames } from './recurringNames';
import { STOP_WORDS } from './stopWords';

export interface SentenceSpan {
  /** The masked text of the whole source. */
  masked: string;
  start: number;
  end: number;
}

interface Run {
  tokens: NameToken[];
  /** After "in" or "at": a place, if anything. */
  afterPlaceWord: boolean;
  afterHonorific: boolean;
}

/** Small words that may stand inside a name: "Treaty on the Eurasian Economic Union". */
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the']);
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$/;
const PLACE_WORD = /\b(?:in|at)\s+(?:the\s+)?$/;
/** Words after which a name the sources repeat is where something is or goes: "in", "to", "from", "visited". */
const WHERE_WORD = /\b(?:in|at|to|from|visit(?:s|ed|ing)?)\s+(?:the\s+)?$/;
const ACRONYM = /^\s*\((\p{Lu}[\p{Lu}\p{N}+-]{1,9})\)/u;

/**
 * Names the base does not know, proposed as entities with a guessed kind. Modest on
 * purpose: a person only after a title or a form of address, a place only after "in"
 * or "at", anything else only when a word of its name says what it is ("… Council").
 */
export class NewEntities {
  private readonly byName = new Map<string, Entity>();
  private readonly taken: Set<string>;
  private readonly ids: Set<string>;
  private readonly recurring = new RecurringNames();

  constructor(
    private readonly names: NameMatcher,
    private readonly titles: TitleFinder,
    known: readonly Entity[],
  ) {
    this.taken = new Set(known.flatMap((e) => [e.name, ...e.aliases].map(key)));
    this.ids = new Set(known.map((e) => e.id));
  }

  read(span: SentenceSpan): void {
    const tokens = this.names.tokens(span.masked, span.start, span.end);
    const known = this.names.mentions(tokens);
    for (const t of tokens) this.recurring.noteWord(t.text);
    for (const run of runs(span, tokens)) {
      const overlapsKnown = (s: number, e: number) => known.some((m) => m.start < e && s < m.end);
      const found = this.propose(span, run);
      if (found && !overlapsKnown(found.start, found.end)) this.add(found.name, found.kind, acronymAfter(span.masked, found.end));
      else if (!found && !overlapsKnown(run.tokens[0].start, run.tokens[run.tokens.length - 1].end) && spaced(span.masked, run.tokens)) {
        const before = span.masked.slice(Math.max(span.start, run.tokens[0].start - 12), run.tokens[0].start);
        const afterPlaceWord = WHERE_WORD.test(before) && (run.tokens.length > 1 || this.standsAlone(span, run));
        this.recurring.noteUse({ words: run.tokens.map((t) => t.text), afterPlaceWord, afterThe: /\bthe\s+$/i.test(before) });
      }
    }
  }

  /** The names proposed while reading, then those the sources' use of them types, with the countries' demonyms. */
  get entities(): Entity[] {
    const words = this.recurring.capitalisedWords();
    const countries = (es: Entity[]) => es.map((e) => (e.kind === 'country' ? withDemonyms(e, words, this.taken) : e));
    const demonyms = new Set(countries(this.entitiesSoFar()).flatMap((e) => e.demonyms ?? []));
    for (const r of this.recurring.names()) if (!r.name.split(' ').some((w) => demonyms.has(w))) this.add(r.name, r.kind, undefined);
    return countries(this.entitiesSoFar());
  }

  private entitiesSoFar(): Entity[] {
    return [...this.byName.values()];
  }

  private propose(span: SentenceSpan, run: Run): { name: string; kind: EntityKind; start: number; end: number } | undefined {
    const text = (ts: NameToken[]) => span.masked.slice(ts[0].start, ts[ts.length - 1].end);
    const at = run.tokens.findIndex((t) => this.titles.leading(span.masked.slice(t.start, run.tokens[run.tokens.length - 1].end)) !== undefined);
    if (at >= 0) {
      const title = this.titles.leading(span.masked.slice(run.tokens[at].start))!;
      const rest = run.tokens.filter((t) => t.start >= run.tokens[at].start + title.length);
      if (rest.length >= 2 && !rest.some((t) => CONNECTORS.has(t.text)) && !kindFromWords(text(rest))) return named(text(rest), 'person', rest);
      const org = rest.slice(rest.findIndex((t) => !CONNECTORS.has(t.text)));
      const kind = org.length >= 2 ? kindFromWords(text(org)) : undefined;
      return kind ? named(text(org), kind, org) : undefined;
    }
    if (run.tokens.length < 2 && !(run.afterPlaceWord && this.standsAlone(span, run))) return undefined;
    const name = text(run.tokens);
    const kind = run.afterHonorific ? 'person' : kindFromWords(name) ?? (run.afterPlaceWord ? placeKind(name) : undefined);
    return kind ? named(name, kind, run.tokens) : undefined;
  }

  /**
   * A lone word after "in" is a place when no noun follows it: "in Sochi, …", "in Sochi had",
   * but not "in Eurasian geopolitics" or "in August".
   */
  private standsAlone(span: SentenceSpan, run: Run): boolean {
    const word = run.tokens[0];
    if (CALENDAR_WORDS.has(word.norm)) return false;
    const next = /^\s(\p{Ll}[\p{L}’'-]*)/u.exec(span.masked.slice(word.end, word.end + 30))?.[1];
    return next === undefined || STOP_WORDS.has(next);
  }

  private add(name: string, kind: EntityKind, acronym: string | undefined): void {
    if (this.taken.has(key(name)) || this.byName.has(key(name))) return;
    const aliases = [acronym, kind === 'person' ? name.split(/\s+/).pop() : undefined].filter(
      (a): a is string => a !== undefined && a !== name && a.length >= 2 && !this.taken.has(key(a)),
    );
    const id = entityId(name, this.ids);
    this.ids.add(id);
    for (const n of [name, ...aliases]) this.taken.add(key(n));
    this.byName.set(key(name), { id, kind, name, aliases });
  }
}

function named(name: string, kind: EntityKind, tokens: NameToken[]) {
  return { name, kind, start: tokens[0].start, end: tokens[tokens.length - 1].end };
}

function key(name: string): string {
  return normalizeName(name.normalize('NFC'));
}

function acronymAfter(masked: string, end: number): string | undefined {
  return ACRONYM.exec(masked.slice(end, end + 16))?.[1];
}

/** "NASA’s Planetary Defense Coordination Office": an owner's name ends where its possessive does. */
const POSSESSIVE = /['’]s$/;

/** Runs of capitalised words one space apart, without a sentence's capitalised first word; a possessive ends one. */
function runs(span: SentenceSpan, tokens: NameToken[]): Run[] {
  const out: Run[] = [];
  let current: NameToken[] = [];
  const flush = () => {
    while (current.length > 0 && CONNECTORS.has(current[current.length - 1].text)) current.pop();
    if (current.length > 0) out.push(runAt(span, current));
    current = [];
  };
  tokens.forEach((t, i) => {
    const capital = /^\p{Lu}/u.test(t.text) && !CALENDAR_WORDS.has(t.norm);
    const joined = current.length > 0 && /^[ -]?$/.test(span.masked.slice(current[current.length - 1].end, t.start));
    const connector = CONNECTORS.has(t.text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && !CALENDAR_WORDS.has(tokens[i + 1].norm) && joined;
    if ((capital || connector) && (current.length === 0 || joined)) current.push(t);
    else {
      flush();
      if (capital) current.push(t);
    }
    if (POSSESSIVE.test(t.text)) flush();
  });
  flush();
  return out.map((r) => withoutOpener(span, r)).filter((r) => r.tokens.length > 0);
}

function runAt(span: SentenceSpan, tokens: NameToken[]): Run {
  const before = span.masked.slice(Math.max(span.start, tokens[0].start - 12), tokens[0].start);
  return { tokens, afterPlaceWord: PLACE_WORD.test(before), afterHonorific: HONORIFIC.test(before) };
}

/** "During", "The", "However" open a sentence; a lone first word cannot be told from a name. */
function withoutOpener(span: SentenceSpan, run: Run): Run {
  const opens = /^[\s"“‘(\[*_#>-]*$/.test(span.masked.slice(span.start, run.tokens[0].start));
  if (!opens) return run;
  const first = run.tokens[0].text.toLowerCase();
  if (STOP_WORDS.has(first) || /ly$/.test(first) || run.tokens.length === 1) return { ...run, tokens: run.tokens.slice(1) };
  return run;
}

function withDemonyms(e: Entity, words: readonly string[], taken: ReadonlySet<string>): Entity {
  const demonyms = demonymsOf(e.name, words).filter((d) => !taken.has(key(d)));
  return demonyms.length > 0 ? { ...e, demonyms } : e;
}

/** "Kazakhstan-Russia", "Nur-Sultan/Moscow" join two names; only a space joins the words of one. */
function spaced(masked: string, tokens: NameToken[]): boolean {
  return tokens.every((t, i) => i === 0 || masked.slice(tokens[i - 1].end, t.start) === ' ');
}
