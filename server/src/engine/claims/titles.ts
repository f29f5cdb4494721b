import type { Mention } from './names';
import type { FactIndex } from '../factbase/factIndex';

export interface TitleClaim {
  start: number;
  end: number;
  text: string;
  personId: string;
}

const GENERAL_TITLES = [
  'president', 'vice president', 'prime minister', 'deputy prime minister', 'foreign minister', 'minister',
  'chancellor', 'secretary general', 'secretary-general', 'director general', 'deputy director', 'director',
  'head', 'deputy head', 'deputy chairman', 'deputy secretary general', 'deputy minister', 'chairman', 'chairwoman', 'king', 'queen', 'ambassador', 'speaker', 'premier', 'governor', 'mayor', 'emir',
];

/**
 * The briefs a cabinet post is named by: "Home Secretary", "Defence Minister". English
 * words for branches of government, not the offices of any one base.
 */
export const PORTFOLIOS = [
  'home', 'foreign', 'defence', 'defense', 'finance', 'health', 'education', 'justice', 'interior', 'energy', 'culture',
  'transport', 'trade', 'agriculture', 'environment', 'economy', 'labour', 'labor', 'housing', 'treasury', 'business',
  'science', 'industry', 'tourism', 'communications', 'digital', 'work and pensions', 'northern ireland', 'scotland', 'wales',
];
const PORTFOLIO_TITLES = PORTFOLIOS.flatMap((p) => [`${p} secretary`, `${p} minister`]);

/** Titles writers put before a name ("Armenian Prime Minister Nikol Pashinyan") or after it ("X, director of Y"). */
export class TitleFinder {
  private readonly before: RegExp;
  private readonly after: RegExp;
  private readonly start: RegExp;

  /** The titles the sources give someone, normalized. */
  private readonly sourced = new Set<string>();

  constructor(index: FactIndex) {
    const titles = new Set([...GENERAL_TITLES, ...PORTFOLIO_TITLES]);
    for (const f of index.facts) if (f.fact.value.type === 'role') titles.add(f.fact.value.title.toLowerCase());
    for (const f of index.facts) if (f.fact.value.type === 'role') this.sourced.add(normalizeTitle(f.fact.value.title));
    const alternatives = [...titles].sort((a, b) => b.length - a.length).map((t) => t.replace(/[-\s]+/g, '[-\\s]+')).join('|');
    this.before = new RegExp(`\\b(${alternatives})\\s+$`, 'i');
    this.start = new RegExp(`^(${alternatives})(?![\\p{L}])`, 'iu');
    this.after = new RegExp(`^[*_]*,\\s+(?:the\\s+|a\\s+|then\\s+|now\\s+|its\\s+)?(${alternatives})(?=\\s+(?:of|at|for)\\b)`, 'i');
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
      const lead = text.slice(sentenceStart, m.start);
      const b = this.before.exec(lead);
      if (b) out.push({ start: sentenceStart + b.index, end: sentenceStart + b.index + b[1].length, text: b[1], personId: m.entityId });
      const a = this.after.exec(text.slice(m.end, m.end + 80));
      if (a) {
        const s = m.end + a[0].length - a[1].length;
        out.push({ start: s, end: s + a[1].length, text: a[1], personId: m.entityId });
      }
    }
    return out;
  }
}

/** "Secretary-General" is "Secretary General"; "former President" is still "President". */
export function normalizeTitle(title: string): string {
  return title.toLowerCase().replace(/[-\s]+/g, ' ').replace(/^(former|first|new|then|current|acting|ex) /, '').trim();
}
