import { stem } from './stem';
import { memoizedPerWord } from './memoizedPerWord';
import { IRREGULAR_SINGULAR } from './plural';

const IRREGULAR: Record<string, string> = { ...IRREGULAR_SINGULAR, persons: 'person' };

/**
 * A word's family, for matching what a figure counts: "grade", "grader" and "graders"
 * are one family, as are "finalist" and "finalists", and "people" and "person".
 * Coarser than a stem, so used only to compare a fact's noun with a draft's words.
 */
export const wordFamily = memoizedPerWord(familyOf);

function familyOf(word: string): string {
  const w = word.toLowerCase();
  const s = stem(IRREGULAR[w] ?? w);
  const root = s.length > 4 ? s.replace(/(?:er|or|e)$/, '') : s;
  return /([bdgklmnprt])\1$/.test(root) ? root.slice(0, -1) : root;
}
