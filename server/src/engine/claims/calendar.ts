export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

const SHORT: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** A month's number from its name or abbreviation, or undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  if (full >= 0) return full + 1;
  return SHORT[w];
}

/** Months in capitals, as cables, datelines and forms write them: "18 MAR", "NOVEMBER 2022". */
const CAPITAL_MONTHS = 'JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC';

/** Whether the writer put a month in capitals, as a fix then does. */
export const IN_CAPITALS = new RegExp(`\\b(?:${CAPITAL_MONTHS})\\b`);

export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?|' +
  `${CAPITAL_MONTHS})`;

export const SEASONS: Record<string, 'spring' | 'summer' | 'autumn' | 'winter'> = {
  spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
};

const SEASON_MONTHS: Record<string, number[]> = {
  spring: [3, 4, 5], summer: [6, 7, 8], autumn: [9, 10, 11], winter: [12, 1, 2],
};

export function seasonOf(month: number): 'spring' | 'summer' | 'autumn' | 'winter' {
  return (['winter', 'spring', 'summer', 'autumn'] as const)[Math.floor((month % 12) / 3)];
}

export function monthInSeason(month: number, season: string): boolean {
  return SEASON_MONTHS[season]?.includes(month) ?? false;
}

export function monthName(month: number, form: 'long' | 'short' | 'short-dot' | 'number'): string {
  const long = MONTHS[month - 1];
  const cap = long[0].toUpperCase() + long.slice(1);
  if (form === 'long') return cap;
  const short = month === 9 ? 'Sep' : cap.slice(0, 3);
  if (form === 'short') return short;
  if (form === 'short-dot') return month === 5 ? 'May' : month === 9 ? 'Sept.' : `${short}.`;
  return String(month).padStart(2, '0');
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Capitalized words of the calendar, lowercase: months and their short forms, weekdays, seasons. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...Object.keys(SHORT), ...WEEKDAYS, ...Object.keys(SEASONS)]);
