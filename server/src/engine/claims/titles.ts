import type { Mention } from './names';
import type { FactIndex } from '../factbase/factIndex';
import { escapeRegExp } from '../text/escapeRegExp';

export interface TitleClaim {
  start: number;
  end: number;
  text: string;
  personId: string;
}

/** Titles written by their initials: a "CFO" is the chief financial officer. */
const INITIALS: Record<string, string> = {
  ceo: 'chief executive officer',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  cto: 'chief technology officer',
  cio: 'chief information officer',
  cmo: 'chief marketing officer',
  evp: 'executive vice president',
  svp: 'senior vice president',
};
const SPELLED_INITIALS = new Map(Object.entries(INITIALS).map(([initials, title]) => [title, initials.toUpperCase()]));

const GENERAL_TITLES = [
  ...Object.keys(INITIALS), ...Object.values(INITIALS), 'chief executive', 'managing director',
  'president', 'vice president', 'prime minister', 'deputy prime minister', 'foreign minister', 'minister',
  'chancellor', 'secretary general', 'secretary-general', 'director general', 'deputy director', 'director',
  'head', 'deputy head', 'deputy chairman', 'deputy secretary general', 'deputy minister', 'chairman', 'chairwoman', 'king', 'queen', 'ambassador', 'speaker', 'premier', 'governor', 'mayor', 'emir',
  'senator', 'congressman', 'congresswoman', 'representative',
];

/**
 * Words that put a title a rank up or down its own ladder ("Vice Commander", "deputy
 * director", "vice-captain"): the draft's title is read whole, with its rank, whatever
 * the office.
 */
export const RANK_WORDS = ['deputy', 'vice', 'associate', 'assistant', 'senior', 'chief', 'interim', 'executive'];
const RANKED = `(?:(?:${RANK_WORDS.join('|')})[-\\s]+)?`;

/** The comma that may set a name off from its title, looked for before the titles are. */
const COMMA_BEFORE_NAME = /,\s+[*_]*$/;

/** Given names and initials between a title and the surname the base knows: "Architect Leon S. Moisseiff". */
const GIVEN_NAMES = /(?:\p{Lu}[\p{Ll}'’-]*\.?\s+){1,2}$/u;

/**
 * The briefs a cabinet post is named by: "Home Secretary", "Defence Minister". English
 * words for branches of government, not the offices of any one base.
 */
export const PORTFOLIOS = [
  'home', 'foreign', 'defence', 'defense', 'finance', 'health', 'education', 'justice', 'interior', 'energy', 'culture',
  'transport', 'trade', 'agriculture', 'environment', 'economy', 'labour', 'labor', 'housing', 'treasury', 'business',
  'science', 'industry', 'tourism', 'communications', 'digital', 'work and pensions', 'northern ireland', 'scotland', 'wales',
  'commerce', 'war', 'navy', 'transportation', 'state',
];
const PORTFOLIO_TITLES = PORTFOLIOS.flatMap((p) => [`${p} secretary`, `${p} minister`, `secretary of ${p}`, `secretary of the ${p}`, `minister of ${p}`]);

/** Titles writers put before a name ("Armenian Prime Minister Nikol Pashinyan") or after it ("X, director of Y"). */
export class TitleFinder {
  private readonly before: RegExp;
  private readonly beforeComma: RegExp;
  private readonly after: RegExp;
  private readonly start: RegExp;

  /** The titles the sources give someone, normalized. */
  private readonly sourced = new Set<string>();

  constructor(index: FactIndex) {
    const titles = new Set([...GENERAL_TITLES, ...PORTFOLIO_TITLES]);
    for (const f of index.facts) if (f.fact.value.type === 'role') titles.add(f.fact.value.title.toLowerCase());
    for (const f of index.facts) if (f.fact.value.type === 'role') this.sourced.add(normalizeTitle(f.fact.value.title));
    const alternatives = `${RANKED}(?:${[...titles].sort((a, b) => b.length - a.length).map((t) => escapeRegExp(t).replace(/[-\s]+/g, '[-\\s]+')).join('|')})`;
    // "Chief Engineer **Elwood Mead**": emphasis opens on the name, not on its title.
    this.before = new RegExp(`\\b(${alternatives})\\s+[*_]*$`, 'i');
    // "met the Secretary of State, Andrew Mellon": after "the", a comma may set the name off from its title.
    this.beforeComma = new RegExp(`(?<=\\bthe\\s+)(${alternatives}),\\s+[*_]*$`, 'i');
    this.start = new RegExp(`^(${alternatives})(?![\\p{L}])`, 'iu');
    this.after = new RegExp(
      `^[*_]*(?:,\\s+(?:the\\s+|a\\s+|then\\s+|now\\s+|its\\s+)?(${alternatives})(?=\\s+(?:of|at|for)\\b|[*_]*[ \\t]*(?:\\n|$))|(?:,\\s+who)?\\s+(?:is|was)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?(${alternatives})(?=\\s+(?:of|at|for)\\b|\\s*[,.;])|\\s+[—–]\\s+(?:the\\s+)?(${alternatives})(?![A-Za-z\\u00C0-\\u024F-]))`,
      // Not in unicode mode, which runs this long alternation three times slower.
      'i',
    );
  }

  /** The title that ends the text before a name, skipping given names the base leaves out. */
  private titleBefore(lead: string): { index: number; text: string } | undefined {
    const direct = this.before.exec(lead) ?? (COMMA_BEFORE_NAME.test(lead) ? this.beforeComma.exec(lead) : null);
    if (direct) return { index: direct.index, text: direct[1] };
    const given = GIVEN_NAMES.exec(lead);
    const b = given ? this.before.exec(lead.slice(0, given.index)) : null;
    return b ? { index: b.index, text: b[1] } : undefined;
  }

  givenBySources(title: string): boolean {
    return this.sourced.has(normalizeTitle(title));
  }

  /** The title a text opens with ("Deputy head, Center for …"), if any. */
  leading(text: string): string | undefined {
    return this.start.exec(text)?.[1];
  }

  find(text: string, sentenceStart: number, mentions: Mention[], isPerson: (id: string) => boolean): TitleClaim[] {
    const out: TitleClaim[] = [];
    for (const m of mentions) {
      if (!isPerson(m.entityId)) continue;
      const b = this.titleBefore(text.slice(sentenceStart, m.start));
      if (b) out.push({ start: sentenceStart + b.index, end: sentenceStart + b.index + b.text.length, text: b.text, personId: m.entityId });
      const a = this.after.exec(text.slice(m.end, m.end + 80));
      if (a) {
        const title = a[1] ?? a[2] ?? a[3];
        const s = m.end + a[0].length - title.length;
        if (!introducesNext(text, s + title.length, mentions, isPerson)) out.push({ start: s, end: s + title.length, text: title, personId: m.entityId });
      }
    }
    return out;
  }
}

/**
 * "… Olaf Scholz, the President of the Kyrgyz Republic Sadyr Zhaparov, …": a title after
 * a name in a list whose own office is followed by the next person's name is that
 * person's title, not an apposition to the name before it.
 */
function introducesNext(text: string, titleEnd: number, mentions: Mention[], isPerson: (id: string) => boolean): boolean {
  const stop = /[,;.]/.exec(text.slice(titleEnd, titleEnd + NEXT_NAME_REACH));
  const end = titleEnd + (stop ? stop.index : NEXT_NAME_REACH);
  return mentions.some((m) => isPerson(m.entityId) && m.start > titleEnd && m.start < end && !SERVED_UNDER.test(text.slice(titleEnd, m.start)));
}

/** "Secretary of Commerce under Roosevelt": a name after a preposition is whom the office served, not its holder. */
const SERVED_UNDER = /\b(?:under|to|with|by|for|from|beside|alongside|and)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u;

/** How far after a title, within its clause, the name it introduces may come: "of the Republic of Tajikistan Emomali Rahmon". */
const NEXT_NAME_REACH = 60;

/** "Secretary-General" is "Secretary General"; "former President" is still "President"; "CFO" is "chief financial officer". */
export function normalizeTitle(title: string): string {
  const plain = title.toLowerCase().replace(/[-\s]+/g, ' ').replace(/^(former|first|new|then|current|acting|ex) /, '').trim();
  return INITIALS[plain] ?? (plain === 'chief executive' ? INITIALS.ceo : plain);
}

/** The sourced title as the writer wrote theirs: by its initials ("CFO") if theirs were initials and it has some. */
export function inWritersForm(stated: string, sourced: string): string | undefined {
  return INITIALS[stated.toLowerCase()] ? SPELLED_INITIALS.get(normalizeTitle(sourced)) : undefined;
}
