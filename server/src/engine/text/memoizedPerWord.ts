/**
 * How many words a memo keeps before it starts afresh: far more than a draft or a fact
 * base uses, and a bound for a server that reads arbitrary text for days.
 */
const MAX_WORDS = 200_000;

/**
 * A function of one word, remembered per word. A draft and a fact base repeat the same
 * few thousand words; stemming one costs several regular expressions, and every sentence
 * and every fact asks again.
 */
export function memoizedPerWord<T>(read: (word: string) => T): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    let out = seen.get(word);
    if (out !== undefined) return out;
    if (seen.size >= MAX_WORDS) seen.clear();
    out = read(word);
    seen.set(copied(word), copied(out));
    return out;
  };
}

/**
 * V8 cuts a string of this many characters or more out of its parent as a view that
 * keeps the parent alive; a shorter one is always a copy of its own.
 */
const SHORTEST_VIEW = 13;

/** A word cut from a draft can keep the whole draft alive; the memo outlives the draft, so it keeps a copy. */
function copied<T>(value: T): T {
  if (typeof value === 'string') return (value.length < SHORTEST_VIEW ? value : JSON.parse(JSON.stringify(value))) as T;
  if (Array.isArray(value)) return value.map(copied) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) out[key] = copied(field);
  return out as T;
}
