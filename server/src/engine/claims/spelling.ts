import Fuse from 'fuse.js';
import { CALENDAR_WORDS } from './calendar';
import type { Mention, NameToken } from './names';
import { normalizeName } from '../text/nameForm';
import type { Entity } from '../factbase/schema';
import { KindTable } from '../factbase/kinds';
import { editDistance } from '../text/editDistance';
import { isEnglishWord } from '../text/englishWords';
import { NearWords } from './nearWords';

export interface SpellingSuspect {
  start: number;
  end: number;
  text: string;
  suggestion: string;
  entityId: string;
}

interface NameWord {
  word: string;
  entityId: string;
  /** The words that come before this one in the same name ("Sadyr" before "Japarov"). */
  before: string[];
  /** Whether the word is of the name the entity goes by, not of an alias. */
  primary: boolean;
}

const CACHE_LIMIT = 50_000;
const FUSE_OPTIONS = { keys: ['word'], includeScore: true, threshold: 0.45, ignoreLocation: true };
const TITLES = new Set(['president', 'chancellor', 'minister', 'mr', 'mrs', 'ms', 'dr', 'secretary', 'general', 'director', 'premier', 'leader']);

/**
 * Near misses of known names ("Japorov" for Japarov): the names within the
 * allowed edits are the candidates, fuse.js ranks them, an edit distance decides.
 * A word is suspect only when it is capitalized, unknown, and a name the writer was
 * plainly aiming at is one or two letters away; a first name or a title before it
 * makes the aim plainer.
 */
export class SpellingChecker {
  /** The name words by first letter and letter pair: a search walks only the names a slip or two away. */
  private readonly near = new NearWords<NameWord>();
  private readonly known = new Set<string>();
  /**
   * First letter and length of every name word, give or take two letters: a slip of
   * a letter or two rarely changes the first one, so most capitalized words
   * ("However", "During") are ruled out before any name is searched.
   */
  private readonly shapes = new Set<string>();
  /** Drafts repeat their words: each distinct word and its neighbour is looked up once. */
  private readonly cache = new Map<string, NameWord | undefined>();

  /**
   * `people` are names known other than as entities: the sources' authors. Their words
   * are never flagged, and never offered as a spelling: an author line is often an office
   * ("NASA Administration"), whose words would "correct" the writer's own. Only the kinds
   * whose names' words are names are spelled (kinds.ts): an organization's are mostly
   * English words, left to its acronym.
   */
  constructor(entities: readonly Entity[], people: readonly string[] = [], kinds = new KindTable()) {
    const words: NameWord[] = [];
    for (const name of people) for (const p of name.split(/\s+/)) this.known.add(normalizeName(p));
    for (const e of entities) {
      for (const name of [e.name, ...e.aliases, ...(e.demonyms ?? [])]) {
        const parts = name.split(/[\s-]+/);
        parts.forEach((p) => this.known.add(normalizeName(p)));
        if (!kinds.isSpelled(e.kind) || (e.demonyms ?? []).includes(name)) continue;
        parts.forEach((word, i) => {
          if (/^\p{Lu}\p{Ll}{2,}/u.test(word)) words.push({ word, entityId: e.id, before: parts.slice(0, i).map(normalizeName), primary: name === e.name });
        });
      }
    }
    for (const w of words) {
      const plain = stripMarks(normalizeName(w.word));
      for (let d = -2; d <= 2; d++) this.shapes.add(`${plain[0]}${plain.length + d}`);
      this.near.add(plain, w);
    }
  }

  /** Whether a word belongs to a known name, alias or demonym. */
  isKnownWord(word: string): boolean {
    return this.knows(normalizeName(word));
  }

  /** A known word, or its plural: "Germans" and "Kazakhs" are the people a demonym names. */
  private knows(norm: string): boolean {
    return this.known.has(norm) || (norm.endsWith('s') && this.known.has(norm.slice(0, -1)));
  }

  suspects(tokens: NameToken[], mentions: Mention[]): SpellingSuspect[] {
    const out: SpellingSuspect[] = [];
    if (isForeign(tokens)) return out;
    tokens.forEach((t, i) => {
      if (!this.isCandidate(t, mentions)) return;
      const previous = i > 0 && t.start - tokens[i - 1].end <= 1 ? tokens[i - 1].norm : undefined;
      const key = `${previous ?? ''} ${t.text}`;
      if (this.cache.size > CACHE_LIMIT) this.cache.clear();
      if (!this.cache.has(key)) this.cache.set(key, this.closest(t.text, previous));
      const hit = this.cache.get(key);
      if (hit) out.push({ start: t.start, end: t.start + bare(t.text).length, text: bare(t.text), suggestion: hit.word, entityId: hit.entityId });
    });
    return out;
  }

  private isCandidate(t: NameToken, mentions: Mention[]): boolean {
    // Most words are lowercase: ruled out before their possessive is cut off.
    if (!/^\p{Lu}/u.test(t.text)) return false;
    const word = bare(t.text);
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return false;
    const norm = normalizeName(word);
    if (this.knows(norm) || CALENDAR_WORDS.has(norm) || !this.shapes.has(shapeOf(norm))) return false;
    return !mentions.some((m) => m.start < t.end && t.start < m.end);
  }

  private closest(text: string, previous: string | undefined): NameWord | undefined {
    const word = bare(text);
    const norm = normalizeName(word);
    let best: { w: NameWord; d: number } | undefined;
    // fuse.js scores each name alone, so ranking only the names near enough to be allowed keeps their order.
    const near = this.near.within(stripMarks(norm), allowedDistance(norm.length, previous !== undefined));
    for (const r of new Fuse(near, FUSE_OPTIONS).search(word, { limit: 8 })) {
      const target = normalizeName(r.item.word);
      if ((prefixOf(norm, target) && !doubledEnd(norm, target)) || sameTransliteration(norm, target) || derivedFrom(norm, target)) continue;
      const d = editDistance(stripMarks(norm), stripMarks(target));
      // "São" for "Sao", "Kīlauea" for "Kilauea": the same letters, marked or not, are the name itself.
      if (d === 0) return undefined;
      const aimed = previous !== undefined && (r.item.before.includes(previous) || TITLES.has(previous));
      // "Farther south" is no slip of "Father"; "Roger Lees" is one of Roger Less.
      if (d > allowedDistance(norm.length, aimed) || (!aimed && isEnglishWord(norm))) continue;
      // Of two spellings as near, the one the entity goes by: "Tokyaev" is Tokayev, though the alias "Tokaev" is as near.
      if (!best || d < best.d || (d === best.d && r.item.primary && !best.w.primary)) best = { w: r.item, d };
    }
    return best?.w;
  }
}

/** "Kazakh" of "Kazakhstan": a word that begins another is its stem or its short form, no slip. */
function prefixOf(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** "Hersmann" for Hersman: a last letter written twice is a slip, though the name begins the word. */
function doubledEnd(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && long === short + short[short.length - 1];
}

/**
 * "Kasım" is Turkish for "Kasym": a dotless ı where another alphabet's convention writes
 * y or i is the same name, no slip. Other letters stay what they are: "Karligash" for
 * "Karlygash" may well be one.
 */
function sameTransliteration(word: string, target: string): boolean {
  if (!word.includes('ı')) return false;
  const t = stripMarks(target);
  return stripMarks(word.replace(/ı/g, 'y')) === t || stripMarks(word.replace(/ı/g, 'i')) === t;
}

/**
 * "San Franciscan", "Angeleno", "Texan": a word made from a place's name with an ending
 * for its people or its things is no misspelling of it.
 */
const DERIVING_ENDINGS = /^(?:an|ans|ian|ians|ean|eans|ese|er|ers|i|is|ite|ites|o|os|ic)$/;

function derivedFrom(word: string, name: string): boolean {
  const stem = name.replace(/[aeiouy]$/, '');
  if (stem.length >= 4 && word.startsWith(stem) && DERIVING_ENDINGS.test(word.slice(stem.length))) return true;
  const [a, b] = [rootOf(word), rootOf(name)];
  return a !== undefined && a === b;
}

/**
 * "Federative" beside "Federation", "Socialist" beside "Socialism": English words of an
 * official name, one root with another ending, are other words, not slips of each other.
 */
const WORD_ENDINGS = /(?:ation|ative|ion|ive|ist|ism|ical|ity)$/;
const ROOT = 5;

function rootOf(word: string): string | undefined {
  const m = WORD_ENDINGS.exec(word);
  return m && m.index >= ROOT ? word.slice(0, m.index).replace(/at$/, '') : undefined;
}

function allowedDistance(length: number, aimed: boolean): number {
  if (aimed) return length >= 8 ? 2 : length >= 3 ? 1 : 0;
  return length >= 10 ? 2 : length >= 7 ? 1 : 0;
}

function bare(word: string): string {
  return word.replace(/[’']s?$/u, '');
}

/** "Erdoan" is one letter from "Erdoğan", and from "Erdogan": marks are not the slip that matters. */
function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Sentences in another language (an author's bio in Turkish) have their own
 * spellings of names: "Amerikan" is no slip there. Many words with letters
 * outside ASCII mark such a sentence; an English one has a few names at most.
 */
function isForeign(tokens: NameToken[]): boolean {
  if (tokens.length < 6) return false;
  const marked = tokens.filter((t) => /[^\x00-\x7F’]/.test(t.text)).length;
  return marked / tokens.length > 0.2;
}

function shapeOf(norm: string): string {
  const plain = stripMarks(norm);
  return `${plain[0]}${plain.length}`;
}
