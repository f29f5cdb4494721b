/** The zones a clock time may name, as hours from UTC, so that "7:14 p.m. EDT" meets "23:14 UTC". */
export const TIME_ZONES: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, Z: 0, BST: 1, CET: 1, CEST: 2, EET: 2, EEST: 3, MSK: 3,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7, HST: -10, AKST: -9, AKDT: -8,
  IST: 5.5, JST: 9, AEST: 10, AEDT: 11,
};

export const TIME_ZONE_IDS = Object.keys(TIME_ZONES) as [string, ...string[]];

/** Minutes after midnight in one zone, as the same moment in another, within the day. */
export function inZone(minutes: number, from: string, to: string): number {
  const shift = ((TIME_ZONES[to] ?? 0) - (TIME_ZONES[from] ?? 0)) * 60;
  return (((minutes + shift) % 1440) + 1440) % 1440;
}
