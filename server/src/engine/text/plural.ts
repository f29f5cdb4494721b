/** English plurals that add no -s, by their plural. */
export const IRREGULAR_SINGULAR: Readonly<Record<string, string>> = { people: 'person', children: 'child', men: 'man', women: 'woman', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose' };

const IRREGULAR_PLURAL = new Map(Object.entries(IRREGULAR_SINGULAR).map(([plural, singular]) => [singular, plural]));

/** "57 people", "three countries", "two launches": a message names the sourced count as a reader says it. */
export function pluralOf(noun: string): string {
  const lower = noun.toLowerCase();
  const irregular = IRREGULAR_PLURAL.get(lower);
  if (irregular) return irregular;
  // A base may name the noun as its quote does, already plural: "finalists", "people".
  if (lower in IRREGULAR_SINGULAR || /[^sui]s$/.test(lower)) return noun;
  if (/is$/i.test(noun)) return `${noun.slice(0, -2)}es`;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
