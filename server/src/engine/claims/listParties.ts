import { measureOf, type FigureClaim } from './claim';
import type { Mention } from './names';

/**
 * "7,644 km with Russia, 2,330 km with Uzbekistan, 1,212 km with China": a party named
 * right after a figure and its preposition is whom that figure is of. Beside the other
 * figures of the same measure it is another item's party, not theirs.
 */
export interface ListParties {
  /** The start of the figure each such mention is stated with. */
  partyOf: ReadonlyMap<Mention, number>;
  /** The measure of each figure of the sentence, by its start. */
  measureAt: ReadonlyMap<number, string>;
}

/** What lies between a figure and the party it is of: "km with", "with the", "to". */
const STATED_WITH = /^\s*(?:with|to|from|for|of|in|at|by)\s+(?:the\s+)?$/i;

/** A sentence of fewer than two figures has no list: one shared, empty reading for all of them. */
const NO_LIST: ListParties = { partyOf: new Map(), measureAt: new Map() };

export function listParties(masked: string, figures: readonly FigureClaim[], mentions: readonly Mention[]): ListParties {
  if (figures.length < 2 || mentions.length === 0) return NO_LIST;
  const partyOf = new Map<Mention, number>();
  const measureAt = new Map(figures.map((f) => [f.start, measureOf(f)]));
  for (const m of mentions) {
    const figure = figures.find((f) => f.end <= m.start && STATED_WITH.test(masked.slice(f.end, m.start)));
    if (figure) partyOf.set(m, figure.start);
  }
  return { partyOf, measureAt };
}

/** Whether a mention is the party of another figure of the claim's measure than the claim's own. */
export function anotherItemsParty(parties: ListParties, m: Mention, claimStart: number): boolean {
  const figure = parties.partyOf.get(m);
  return figure !== undefined && figure !== claimStart && parties.measureAt.get(figure) === parties.measureAt.get(claimStart);
}
