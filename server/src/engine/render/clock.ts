import type { FigureClaim } from '../claims/claim';

/**
 * A time of day in the writer's own clock: "8:32 a.m." stays twelve-hour with its
 * dots, "14:05" stays twenty-four-hour; the zone the writer named stays after it.
 * `minutes` is after midnight, already in the writer's zone.
 */
export function renderClock(claim: FigureClaim, minutes: number): string {
  const clock = claim.text.slice(claim.numberStart - claim.start, claim.numberEnd - claim.start);
  const rest = claim.text.slice(claim.numberEnd - claim.start);
  const [hour, minute] = [Math.floor(minutes / 60) % 24, minutes % 60];
  const meridiem = /[ap]\.?\s?m\.?$/i.exec(clock)?.[0];
  const mm = String(minute).padStart(2, '0');
  if (!meridiem) return `${/^\d\d/.test(clock) ? String(hour).padStart(2, '0') : hour}:${mm}${rest}`;
  const shown = clock.includes(':') || minute !== 0 ? `${((hour + 11) % 12) + 1}:${mm}` : String(((hour + 11) % 12) + 1);
  const space = /\d\s[ap]/i.test(clock) ? ' ' : '';
  const half = hour < 12 ? 'a' : 'p';
  return `${shown}${space}${/^[AP]/.test(meridiem) ? half.toUpperCase() : half}${meridiem.slice(1)}${rest}`;
}
