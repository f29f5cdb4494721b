/** Minutes after midnight of a clock time the figure pattern read ("8:32 a.m.", "14:05"), or undefined. */
export function clockMinutes(g: Record<string, string | undefined>): number | undefined {
  if (g.hour24 !== undefined) return Number(g.hour24) * 60 + Number(g.minute24);
  const hour = Number(g.hour);
  if (hour < 1 || hour > 12) return undefined;
  const pm = /^p/i.test(g.meridiem ?? '');
  return ((hour % 12) + (pm ? 12 : 0)) * 60 + Number(g.minute ?? 0);
}
