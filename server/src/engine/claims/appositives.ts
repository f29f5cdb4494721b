/**
 * "Charlie Taylor, the machinist at the Wright Cycle Company, was born in 1886": a phrase
 * set off by commas right after a name describes who that is. The bodies it names are
 * no parties to what the sentence tells of them.
 */
const APPOSITIVE = /(?<=\p{Lu}[\p{L}.'’-]*),\s+(?:the|a|an|its|his|her|their)\s+[^,;()—–\d]{1,80}?,/gu;

/** The spans of the sentence's appositives, commas included. */
export function appositives(masked: string, start: number, end: number): Array<[number, number]> {
  return [...masked.slice(start, end).matchAll(APPOSITIVE)].map((m) => [start + m.index, start + m.index + m[0].length]);
}
