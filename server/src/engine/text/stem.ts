import { memoizedPerWord } from './memoizedPerWord';

/**
 * A light English stemmer: enough to let "visited", "visits" and "visit" meet,
 * and "signing" meet "signed", without a dictionary.
 */
export const stem = memoizedPerWord(stemWord);

function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/[’']$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ed') && w.length > 4) return undouble(w.slice(0, -2));
  return w;
}

function undouble(w: string): string {
  return /([bdgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}
