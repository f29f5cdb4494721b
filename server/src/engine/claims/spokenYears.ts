import { CARDINAL_WORD, cardinalValue, cardinalWord } from './numberWords';

/**
 * A year as it is said: "nineteen ninety-six", "nineteen oh five", "twenty twenty-two",
 * "two thousand and nine". Transcripts and scripts write years so.
 */
export const SPOKEN_YEAR = `(?:(?:nineteen|twenty)[\\s-]+(?:oh[\\s-]+)?${CARDINAL_WORD}|two\\s+thousand(?:\\s+(?:and\\s+)?${CARDINAL_WORD})?)`;

/** The words a spoken year opens with: a stretch without one holds none. */
export const SPOKEN_YEAR_HEAD = 'nineteen|twenty|two thousand';

export type SpokenYearForm = 'pairs' | 'thousand';

/** The year a spoken form says, with the form to write another year in. */
export function spokenYear(text: string): { year: number; form: SpokenYearForm } | undefined {
  const words = text.toLowerCase().split(/[\s-]+/);
  if (words[0] === 'two' && words[1] === 'thousand') {
    const rest = words.slice(words[2] === 'and' ? 3 : 2).join('-');
    const tail = rest ? cardinalValue(rest) : 0;
    return tail !== undefined && tail < 100 ? { year: 2000 + tail, form: 'thousand' } : undefined;
  }
  const century = words[0] === 'nineteen' ? 1900 : 2000;
  const rest = words.slice(words[1] === 'oh' ? 2 : 1).join('-');
  const tail = cardinalValue(rest);
  if (tail === undefined || tail >= 100 || (tail < 10 && words[1] !== 'oh') || (tail >= 10 && words[1] === 'oh')) return undefined;
  return { year: century + tail, form: 'pairs' };
}

/** A year said as the writer said theirs: "nineteen ninety-two", "two thousand and nineteen". */
export function sayYear(year: number, form: SpokenYearForm, withAnd: boolean): string | undefined {
  const tail = year % 100;
  if (form === 'thousand') {
    if (year < 2000 || year > 2099) return undefined;
    return tail === 0 ? 'two thousand' : `two thousand ${withAnd ? 'and ' : ''}${cardinalWord(tail)}`;
  }
  const head = cardinalWord(Math.floor(year / 100));
  if (!head) return undefined;
  return tail === 0 ? `${head} hundred` : `${head} ${tail < 10 ? `oh ${cardinalWord(tail)}` : cardinalWord(tail)}`;
}
