/**
 * Scales without a unit: an earthquake's magnitude, a storm's category, an alert
 * level. A draft writes the name before the number ("magnitude-6.9", "Category 4")
 * or after it ("a 6.9 magnitude earthquake"). A level or a category also labels
 * things ("Level 3" of a building), so it is a claim only where a fact binds it.
 */
export interface ScaleName {
  name: string;
  /** Whether the number is worth an "unsourced" info on its own, or only when a fact binds it. */
  statesAlone: boolean;
}

export const SCALE_NAMES: readonly ScaleName[] = [
  { name: 'magnitude', statesAlone: true },
  { name: 'category', statesAlone: false },
  { name: 'level', statesAlone: false },
  { name: 'rank', statesAlone: false },
  { name: 'VEI', statesAlone: false },
];

export const SCALE_NAME_IDS = SCALE_NAMES.map((s) => s.name) as [string, ...string[]];

export function scaleName(word: string): ScaleName | undefined {
  return SCALE_NAMES.find((s) => s.name.toLowerCase() === word.toLowerCase());
}
