import type { Entity } from '../factbase/schema';
import { KindTable, type Role } from '../factbase/kinds';
import { normalizeName } from '../text/nameForm';
import { tokenize, type Token } from '../text/tokens';

export interface Mention {
  start: number;
  end: number;
  text: string;
  entityId: string;
  /** "Armenian" points at Armenia without naming it. */
  demonym: boolean;
  kind: string;
  role: Role;
}

export interface NameToken {
  text: string;
  /** `text` normalized once, for the many comparisons a token meets. */
  norm: string;
  start: number;
  end: number;
}

interface AliasEntry {
  words: string[];
  entityId: string;
  demonym: boolean;
  kind: string;
  role: Role;
}

/** A single capital with its dot between two names: "Harry R. Truman". */
const MIDDLE_INITIAL = /\p{Lu}\p{Ll}+\s+(\p{Lu})\.?\s+\p{Lu}/gu;

const WORD = /[\p{L}\p{N}]+(?:[’'.][\p{L}\p{N}]+)*(?:-[\p{L}\p{N}]+)*/gu;


/**
 * A group named in the plural ("the Conservatives", "the Republicans") is named in the
 * singular before what belongs to it: "112 Conservative MPs".
 */
function singularsOf(e: Entity, role: Role): string[] {
  if (role === 'person') return [];
  return [e.name, ...e.aliases].filter((a) => /^\p{Lu}\p{Ll}{3,}[^s\s]s$/u.test(a)).map((a) => a.slice(0, -1));
}

/** Finds known names, their aliases and demonyms in prose: longest match wins. */
export class NameMatcher {
  private readonly byFirst = new Map<string, AliasEntry[]>();
  /** Hyphenated words that are names in their own right ("Nur-Sultan") stay whole. */
  private readonly wholeWords = new Set<string>();
  /** The middle initials a person's names give ("R" of "Harry R. Truman"). */
  private readonly initials = new Map<string, Set<string>>();

  constructor(entities: readonly Entity[], kinds = new KindTable()) {
    for (const e of entities) {
      const role = kinds.roleOf(e.kind);
      for (const alias of [e.name, ...e.aliases]) this.add(alias, e, role, false);
      const initials = [e.name, ...e.aliases].flatMap((a) => [...a.matchAll(MIDDLE_INITIAL)].map((m) => m[1]));
      if (role === 'person' && initials.length > 0) this.initials.set(e.id, new Set(initials));
      for (const d of [...(e.demonyms ?? []), ...singularsOf(e, role)]) this.add(d, e, role, true);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  private add(alias: string, entity: Entity, role: Role, demonym: boolean): void {
    const words = nameTokens(alias, this.wholeWords, true).map((t) => normalizeName(t.text));
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ words, entityId: entity.id, demonym, kind: entity.kind, role });
    this.byFirst.set(words[0], list);
  }

  tokens(text: string, start: number, end: number): NameToken[] {
    return this.tokensOf(tokenize(text.slice(start, end), start));
  }

  /**
   * The name tokens of a stretch's words, as `tokenize` found them: a word without a
   * hyphen is one as it is, and only a hyphenated one is read again, since a name's word
   * has its apostrophes and dots before its hyphens.
   */
  tokensOf(words: readonly Token[]): NameToken[] {
    const out: NameToken[] = [];
    for (const w of words) {
      if (w.text.includes('-')) out.push(...nameTokens(w.text, this.wholeWords, false, w.start));
      else out.push(w);
    }
    return out;
  }

  mentions(tokens: NameToken[]): Mention[] {
    const found: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const hit = this.matchAt(tokens, i);
      if (!hit || this.anotherInitial(tokens, i, hit.entityId)) continue;
      const last = tokens[i + hit.words.length - 1];
      found.push({ start: tokens[i].start, end: last.end, text: '', entityId: hit.entityId, demonym: hit.demonym, kind: hit.kind, role: hit.role });
      i += hit.words.length - 1;
    }
    return found;
  }

  /** "President Harry S. Truman" is no Harry R. Truman: a middle initial before the surname that none of the person's names has. */
  private anotherInitial(tokens: NameToken[], i: number, entityId: string): boolean {
    const own = this.initials.get(entityId);
    const before = tokens[i - 1];
    return own !== undefined && before !== undefined && /^\p{Lu}$/u.test(before.text) && tokens[i].start - before.end <= 2 && !own.has(before.text);
  }

  private matchAt(tokens: NameToken[], i: number): AliasEntry | undefined {
    const first = tokens[i].text;
    if (!/^[\p{Lu}\p{N}]/u.test(first)) return undefined;
    const candidates = this.byFirst.get(tokens[i].norm) ?? [];
    return candidates.find((c) => c.words.every((w, k) => tokens[i + k] && tokens[i + k].norm === w && (k === 0 || adjacent(tokens, i + k))));
  }
}

/**
 * Words of a name run together: a line break or punctuation between them ends the name,
 * but for the dot of an abbreviation inside it ("Mount St. Helens", "Ft. Worth").
 */
function adjacent(tokens: NameToken[], k: number): boolean {
  const gap = tokens[k].start - tokens[k - 1].end;
  return gap <= 1 || (gap === 2 && ABBREVIATION.test(tokens[k - 1].text));
}

const ABBREVIATION = /^\p{Lu}\p{Ll}?\p{Ll}?$/u;

function nameTokens(text: string, whole: Set<string>, learning: boolean, offset = 0): NameToken[] {
  const out: NameToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = offset + (m.index ?? 0);
    const word = m[0];
    if (!word.includes('-') || whole.has(normalizeName(word)) || learning) {
      if (learning && word.includes('-')) whole.add(normalizeName(word));
      out.push({ text: word, norm: normalizeName(word), start, end: start + word.length });
      continue;
    }
    let at = start;
    for (const part of word.split('-')) {
      out.push({ text: part, norm: normalizeName(part), start: at, end: at + part.length });
      at += part.length + 1;
    }
  }
  return out;
}
