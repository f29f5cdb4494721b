import { Rng } from '../../bench/prng';

/**
 * Edits a writer might make, and a few no writer means to: text typed or deleted
 * anywhere, and the marks that change what follows them (a heading, a year, a fence,
 * a list, a table, front matter, a dateline, an ignore comment).
 */
const SNIPPETS = [
  'a', 'e', ' ', '.', ',', '\n', '\n\n', '#', '`', '-', '|', '>', '*', '"', '“', '”', '1', '9', '2021',
  ' in 2019', ' on 3 May 2021', ' Tokayev', ' Putin', ' the president', ' He said it.', ' 14 ministers',
  '\n\n## Talks\n\n', '\n\n# A new part\n\n', '```\n', '\n```\n', '~~~', '\n---\n', '---\ndate: 2022-09-01\n---\n',
  '\n\n- first item\n- second item\n\n', '\n\n1. one\n2. two\n', '\n\n> quoted line\n\n', '\n\n    indented code\n\n',
  '\n\n| Country | Border (km) |\n|---|---|\n| China | 1,783 |\n\n', '<!-- sourcecheck-ignore -->', '<div>\n', '<!--', '-->',
  'ASTANA, Nov 29 (Reuters) – ', '[link](http://example.com)', '\n\nSetext heading\n===\n\n', '\r\n',
];

export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** A random edit of `text`: an insertion, a deletion, or a stretch of the text copied elsewhere. */
export function randomEdit(rng: Rng, text: string): Edit {
  const at = rng.int(0, text.length);
  const kind = rng.int(0, 9);
  if (kind < 5) return { start: at, end: at, insert: rng.pick(SNIPPETS) };
  if (kind < 8) return { start: at, end: Math.min(text.length, at + rng.int(1, 40)), insert: '' };
  const from = rng.int(0, text.length);
  return { start: at, end: at, insert: text.slice(from, from + rng.int(1, 200)) };
}

export const applyEdit = (text: string, e: Edit): string => text.slice(0, e.start) + e.insert + text.slice(e.end);
