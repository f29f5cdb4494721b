const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

export const CARDINAL_WORD = `(?:(?:${TENS.slice(2).join('|')})(?:-(?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice().reverse().join('|')}|hundred|a hundred|half a dozen|dozen|a dozen)`;
export const ORDINAL_WORD = `(?:(?:${TENS.slice(2).join('|')})-(?:${ORDINAL_UNITS.slice(1, 10).join('|')})|${ORDINAL_TENS.slice(2).join('|')}|${ORDINAL_UNITS.slice(1).reverse().join('|')}|hundredth)`;

/** A number as a sentence writes it before what it counts: "412", "7,644", "six". */
export const NUMBER_TOKEN = `(?:\\d[\\d,]*|\\b${CARDINAL_WORD})`;
/** What joins a part to its whole: "four of the eight cells". */
export const OF_THE = '\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?';

const SMALL_WORD = `(?:(?:${TENS.slice(2).join('|')})(?:-(?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice(1).reverse().join('|')})`;
const HUNDREDS_WORDS = `${SMALL_WORD}\\s+hundred(?:\\s+(?:and\\s+)?${SMALL_WORD})?`;
const BELOW_THOUSAND_WORDS = `(?:${HUNDREDS_WORDS}|${SMALL_WORD})`;

/**
 * A number spelled out in more than one word, as a radio script or a transcript writes
 * it: "seven thousand four hundred and sixty-four", "fifteen hundred". One figure, not
 * four; "two thousand" alone is a number word and its scale.
 */
export const SPELLED_CARDINAL = `(?:${BELOW_THOUSAND_WORDS}\\s+thousand,?\\s+(?:and\\s+)?${BELOW_THOUSAND_WORDS}|${HUNDREDS_WORDS})`;

/** The value of a number word ("seven", "twenty-five", "a dozen", "four hundred and six"), or undefined. */
export function cardinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/\s/.test(w) && /\b(?:hundred|thousand)\b/.test(w) && !/^a\s+hundred$/.test(w)) return spelledValue(w);
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

function spelledValue(w: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const t of w.split(/[\s,]+/).filter((x) => x && x !== 'and')) {
    if (t === 'hundred') current = (current || 1) * 100;
    else if (t === 'thousand') [total, current] = [total + (current || 1) * 1000, 0];
    else {
      const v = cardinalValue(t);
      if (v === undefined) return undefined;
      current += v;
    }
  }
  return total + current;
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

/** A number below a million spelled out as the writer spelled theirs, with or without "and": "seven thousand six hundred and forty-four". */
export function spelledWord(n: number, withAnd: boolean): string | undefined {
  if (!Number.isInteger(n) || n < 100 || n >= 1e6) return undefined;
  const below = (k: number): string => {
    const [h, rest] = [Math.floor(k / 100), k % 100];
    const tail = rest === 0 ? '' : cardinalWord(rest)!;
    if (h === 0) return tail;
    return tail ? `${UNITS[h]} hundred ${withAnd ? 'and ' : ''}${tail}` : `${UNITS[h]} hundred`;
  };
  const [th, rest] = [Math.floor(n / 1000), n % 1000];
  if (th === 0) return below(rest);
  const head = `${below(th)} thousand`;
  return rest === 0 ? head : `${head} ${rest < 100 && withAnd ? 'and ' : ''}${below(rest)}`;
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
