/**
 * The ~275,000 lowercase words of an English word list (MIT, the
 * `an-array-of-english-words` package), sorted, one per line. It is loaded on the first
 * lookup, since only a capitalized word that looks like a slip of a name is ever looked
 * up. The bundles hold it as that one string (esbuild.mjs), since an array of so many
 * strings would cost each thread tens of MiB; run from source, it is the package's
 * array, joined once.
 */
let list: string | undefined;

function wordList(): string {
  if (list === undefined) {
    const loaded = require('an-array-of-english-words/index.json') as string[] | { default: string };
    list = Array.isArray(loaded) ? loaded.join('\n') : loaded.default;
  }
  return list;
}

/** Whether a lowercase word is an English word: "Farther" opening a sentence is no slip of "Father". */
export function isEnglishWord(lower: string): boolean {
  const words = wordList();
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = words.lastIndexOf('\n', mid - 1) + 1;
    const stop = words.indexOf('\n', start);
    const end = stop < 0 ? words.length : stop;
    const word = words.slice(start, end);
    if (word === lower) return true;
    if (word < lower) lo = end + 1;
    else hi = start;
  }
  return false;
}
