import type { EntityKind } from '../factbase/schema';
import { COUNTRY_SHAPE, kindFromWords, placeKind } from './nameKinds';

/** A name as a source uses it: its words, and whether a word of place stood before it. */
export interface NameUse {
  words: string[];
  afterPlaceWord: boolean;
  /** "the Zone" is a thing; a surname takes no article. */
  afterThe: boolean;
}

interface Uses {
  words: string[];
  count: number;
  afterPlaceWord: boolean;
  afterThe: boolean;
}

export interface RecurringName {
  name: string;
  kind: EntityKind;
  /** A person's surname, which the sources use alone. */
  alias?: string;
}

/** "USGS", "FIFA"; a longer word in capitals is a heading's ("ADVISORY"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,4}$/u;
const POSSESSIVE = /[’']s$/u;
const LONGEST_PERSON = 3;
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sir', 'St']);

/**
 * Names the sources use that no title, form of address or word of the name types, with
 * the kind their use suggests: an acronym is an organization; a single word is a country
 * by its shape (a demonym would make Hawaii one), else a region after "in" or "to" (a city
 * or a country would be a party whose mention holds verdicts back, on a guess); a full name is a person's when its last word also
 * stands alone ("Stanislav Pritchin … Pritchin noted"). A word the sources also write in
 * lower case is an ordinary word, capitalised by its place in a heading or a sentence.
 */
export class RecurringNames {
  private readonly uses = new Map<string, Uses>();
  private readonly lowerWords = new Set<string>();
  private readonly capitalised = new Set<string>();

  noteUse(use: NameUse): void {
    const words = use.words.map((w) => w.replace(POSSESSIVE, ''));
    if (words.slice(0, -1).some((w, i) => w !== use.words[i])) return;
    const name = words.join(' ');
    const seen = this.uses.get(name) ?? { words, count: 0, afterPlaceWord: false, afterThe: false };
    seen.count++;
    seen.afterPlaceWord ||= use.afterPlaceWord;
    seen.afterThe ||= use.afterThe;
    this.uses.set(name, seen);
  }

  /** Every word of the sources: one written in lower case is no name, a capitalised one may be a demonym. */
  noteWord(word: string): void {
    if (/^\p{Ll}/u.test(word)) this.lowerWords.add(word.toLowerCase());
    else this.capitalised.add(word);
  }

  capitalisedWords(): string[] {
    return [...this.capitalised];
  }

  names(): RecurringName[] {
    return [...this.uses.entries()].flatMap(([name, use]) => {
      if (use.words.some((w) => this.lowerWords.has(w.toLowerCase()))) return [];
      const kind = use.words.length === 1 ? this.singleKind(use) : this.fullNameKind(name, use);
      if (!kind) return [];
      const alias = kind === 'person' ? use.words[use.words.length - 1] : undefined;
      return [{ name, kind, ...(alias ? { alias } : {}) }];
    });
  }

  private singleKind(use: Uses): EntityKind | undefined {
    const [word] = use.words;
    if (HONORIFICS.has(word)) return undefined;
    if (ACRONYM.test(word)) return 'organization';
    if (use.count >= 2 && COUNTRY_SHAPE.test(word)) return 'country';
    return use.afterPlaceWord && use.count >= 2 ? 'region' : undefined;
  }

  private fullNameKind(name: string, use: Uses): EntityKind | undefined {
    const typed = kindFromWords(name);
    if (typed) return typed;
    const last = use.words[use.words.length - 1];
    const plain = !use.words.some((w, i) => ACRONYM.test(w) || /^\p{Ll}/u.test(w) || (i < use.words.length - 1 && this.uses.has(w)));
    const surname = this.uses.get(last);
    if (use.words.length <= LONGEST_PERSON && !use.afterPlaceWord && plain && surname && !surname.afterThe) return 'person';
    return use.afterPlaceWord ? placeKind(name) : undefined;
  }
}
