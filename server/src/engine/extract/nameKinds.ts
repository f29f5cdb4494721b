import type { EntityKind } from '../factbase/schema';

/** The last word of a name that says what kind of thing it names: "… Treaty Organization". */
const KIND_WORDS: Array<[EntityKind, RegExp]> = [
  ['agreement', /\b(?:Treaty|Agreement|Declaration|Memorandum|Convention|Accord|Pact|Charter|Protocol)\b/],
  ['document', /\b(?:Strategy|Roadmap|Concept|Doctrine|Programme|Program|Plan|Report|Act|Law)\b/],
  ['event', /\b(?:Summit|Session|Conference|Forum|Congress|Games|Exercise|Election|War|Crisis|Events)\b/],
  [
    'organization',
    /\b(?:Organi[sz]ation|Union|Council|Institute|Cent(?:er|re)|Ministry|University|Academy|Bank|Committee|Party|Agency|Association|Community|Initiative|Fund|Company|Corporation|Group|Commission|Assembly|Parliament|Government|Administration|Office|Department|Court|Service|Alliance|League|Cooperation|Partnership)\b/,
  ],
];

/** Countries in the sources' English mostly end so: a guess for a reviewer to confirm. */
export const COUNTRY_SHAPE = /(?:stan|ia|land)$/;

/** The kind its last typing word gives: a "… Treaty Organization" is an organization. */
export function kindFromWords(name: string): EntityKind | undefined {
  let best: { kind: EntityKind; at: number } | undefined;
  for (const [kind, re] of KIND_WORDS) {
    for (const m of name.matchAll(new RegExp(re.source, 'g'))) if (!best || m.index! > best.at) best = { kind, at: m.index! };
  }
  return best?.kind;
}

/** A place named after "in" or "at" that no word of the name types: a city, unless it has a country's shape. */
export function placeKind(name: string): EntityKind {
  if (/\bRepublic\b/.test(name)) return 'country';
  if (name.includes(' ')) return 'region';
  return COUNTRY_SHAPE.test(name) ? 'country' : 'city';
}
