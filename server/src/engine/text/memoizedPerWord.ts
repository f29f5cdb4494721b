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

/** A word cut from a draft can keep the whole draft alive; the memo outlives the draft, so it keeps a copy. */
function copied<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
