import { normalizeTitle, PORTFOLIOS, RANK_WORDS } from '../claims/titles';

/** Words that move a title up or down its own ladder: "deputy director" is a slip for "director". */
const RANKS = new RegExp(`^(?:${RANK_WORDS.join('|')})\\s+`);

/** The offices that lead a state or government: writing one for another is a slip, not another role. */
const HEAD_OFFICES = new Set(['president', 'prime minister', 'chancellor', 'premier', 'king', 'queen', 'emir']);

/** A seat in one chamber of a legislature is no seat in the other: "Senator" for a congresswoman. */
const CHAMBERS = new Map([
  ['senator', 'upper'],
  ['congressman', 'lower'],
  ['congresswoman', 'lower'],
  ['representative', 'lower'],
]);

/**
 * Whether a title a draft gives someone contradicts the one the sources give them. A
 * person holds many titles and a base records few, so an office the sources give
 * nobody ("Chancellor" for a finance minister the base calls only that) may be the
 * same post in other words or a post they leave out. It is a slip when the sources
 * give that office to someone else, when it is the sourced post a rank up or down,
 * another brief of the same cabinet rank, a seat in the other chamber, or when both are
 * offices that lead a state.
 */
export function titleSlip(stated: string, sourced: string, givenBySources: (title: string) => boolean): boolean {
  const [a, b] = [normalizeTitle(stated), normalizeTitle(sourced)];
  if (givenBySources(a)) return true;
  if (a.replace(RANKS, '') === b.replace(RANKS, '')) return true;
  if (otherBrief(a, b)) return true;
  if (CHAMBERS.has(a) && CHAMBERS.has(b)) return CHAMBERS.get(a) !== CHAMBERS.get(b);
  return HEAD_OFFICES.has(a) && HEAD_OFFICES.has(b);
}

/** "Home Secretary" for a "defence secretary", "Secretary of Commerce" for the Secretary of the Interior: one cabinet post for another. */
function otherBrief(a: string, b: string): boolean {
  const [pa, pb] = [brief(a), brief(b)];
  return !!pa && !!pb && pa.head === pb.head && pa.brief !== pb.brief;
}

/** "Secretary of the Interior" is the interior secretary. */
function brief(title: string): { brief: string; head: string } | undefined {
  const g = (/^(?<brief>.+) (?<head>secretary|minister)$/.exec(title) ?? /^(?<head>secretary|minister) of (?:the )?(?<brief>.+)$/.exec(title))?.groups;
  return g && PORTFOLIOS.includes(g.brief) ? { brief: g.brief, head: g.head } : undefined;
}
