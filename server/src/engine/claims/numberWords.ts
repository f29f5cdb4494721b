const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

export const CARDINAL_WORD = `(?:(?:${TENS.slice(2).join('|')})(?:-(?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice().reverse().join('|')}|hundred|a hundred|half a dozen|dozen|a dozen)`;
export const ORDINAL_WORD = `(?:(?:${TENS.slice(2).join('|')})-(?:${ORDINAL_UNITS.slice(1, 10).join('|')})|${ORDINAL_TENS.slice(2).join('|')}|${ORDINAL_UNITS.slice(1).reverse().join('|')}|hundredth)`;

/** The value of a number word ("seven", "twenty-five", "a dozen"), or undefined. */
export function cardinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w === 'hundred' || w === 'a hundred') return 100;
  if (w === 'dozen' || w === 'a dozen') return 12;
  if (w === 'half a dozen') return 6;
  const [tens, unit] = w.split('-');
  const u = UNITS.indexOf(tens);
  if (u >= 0 && unit === undefined) return u;
  const t = TENS.indexOf(tens);
  if (t < 2) return undefined;
  return unit === undefined ? t * 10 : t * 10 + UNITS.indexOf(unit);
}

export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w === 'hundredth') return 100;
  const u = ORDINAL_UNITS.indexOf(w);
  if (u >= 0) return u;
  const t = ORDINAL_TENS.indexOf(w);
  if (t >= 2) return t * 10;
  const [tens, unit] = w.split('-');
  const tt = TENS.indexOf(tens);
  const uu = ORDINAL_UNITS.indexOf(unit ?? '');
  return tt >= 2 && uu > 0 ? tt * 10 + uu : undefined;
}

/** A number as a word, for writers who spell numbers out; undefined past ninety-nine. */
export function cardinalWord(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 99) return undefined;
  if (n < 20) return UNITS[n];
  return n % 10 === 0 ? TENS[n / 10] : `${TENS[Math.floor(n / 10)]}-${UNITS[n % 10]}`;
}

export function ordinalWord(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  if (n < 20) return ORDINAL_UNITS[n];
  return n % 10 === 0 ? ORDINAL_TENS[n / 10] : `${TENS[Math.floor(n / 10)]}-${ORDINAL_UNITS[n % 10]}`;
}

export function ordinalSuffix(n: number): string {
  const h = n % 100;
  if (h >= 11 && h <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
