import { memoizedPerWord } from './memoizedPerWord';

/**
 * A light English stemmer: enough to let "visited", "visits" and "visit" meet,
 * and "signing" meet "signed", without a dictionary.
 */
export const stem = memoizedPerWord(stemWord);

/**
 * The past forms of common irregular verbs, by their base: "became" tells what
 * "becomes" tells, "met" what "meeting" does. Forms that are also other words a
 * sentence uses for something else ("left", "found", "saw", "felt", "rose") are left out.
 */
const IRREGULAR_PAST: Readonly<Record<string, string>> = Object.fromEntries(
  `become:became begin:began,begun meet:met win:won hold:held take:took,taken grow:grew,grown run:ran make:made give:gave,given
  send:sent build:built fly:flew,flown go:went,gone come:came bring:brought speak:spoke,spoken tell:told sell:sold pay:paid
  strike:struck write:wrote,written choose:chose,chosen break:broke,broken buy:bought seek:sought fight:fought keep:kept
  spend:spent swear:swore,sworn draw:drew,drawn know:knew,known throw:threw,thrown drive:drove,driven stand:stood lead:led
  shoot:shot sink:sank,sunk withdraw:withdrew,withdrawn lose:lost`
    .split(/\s+/)
    .flatMap((entry) => {
      const [base, forms] = entry.split(':');
      return forms.split(',').map((form) => [form, base]);
    }),
);

function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/[’']$/, '');
  w = IRREGULAR_PAST[w] ?? w;
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
