/**
 * Page furniture: what a web page puts around an article, which states no fact of it.
 * A block is furniture when it is a counter line ("5 views | 0 comments"), a trail of
 * links ("Home » Blog » …"), a byline or a share line, or a short line of capitalised
 * words with no sentence in it (a title, a menu, a list of tags).
 */
const SEPARATORS = /[|»›•·]/;
const COUNTERS = /\b\d+\s+(?:views?|comments?|likes?|shares?|reads?|replies|min(?:ute)?s?\s+read)\b/i;
const LEADS = /^(?:by|posted|share|tags?|categories|read on|read more|related|similar posts|advertisement|translate|this post is also available)\b/i;
const SHORT = 14;

export function isFurniture(block: string): boolean {
  const text = block.trim();
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
  return isNavigation(text) || (words.length <= SHORT && !/[.!?]["”’)]*$/.test(text) && capitalised(words) >= 0.6);
}

/** Counters, trails of links, bylines and share lines: furniture even where a title would not be. */
export function isNavigation(line: string): boolean {
  const text = line.trim();
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
  if (COUNTERS.test(text) || (SEPARATORS.test(text) && !/[.!?]\s/.test(text))) return true;
  return words.length <= SHORT && LEADS.test(text);
}

function capitalised(words: string[]): number {
  return words.length === 0 ? 1 : words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length / words.length;
}
