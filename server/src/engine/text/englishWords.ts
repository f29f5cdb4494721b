import words from 'an-array-of-english-words/index.json';

/**
 * The ~275,000 lowercase words of an English word list (MIT, the
 * `an-array-of-english-words` package), sorted, one per line. The bundles load it as that
 * one string (esbuild.mjs), since an array of so many strings would cost each thread
 * tens of MiB; run from source, it is the package's array, joined once.
 */
const LIST: string = (words as unknown as string | string[]) instanceof Array ? (words as string[]).join('\n') : (words as unknown as string);

/** Whether a lowercase word is an English word: "Farther" opening a sentence is no slip of "Father". */
export function isEnglishWord(lower: string): boolean {
  let lo = 0;
  let hi = LIST.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = LIST.lastIndexOf('\n', mid - 1) + 1;
    const stop = LIST.indexOf('\n', start);
    const end = stop < 0 ? LIST.length : stop;
    const word = LIST.slice(start, end);
    if (word === lower) return true;
    if (word < lower) lo = end + 1;
    else hi = start;
  }
  return false;
}
