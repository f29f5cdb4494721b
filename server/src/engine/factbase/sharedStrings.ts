/**
 * Makes equal strings of a parsed value one string. JSON.parse makes a fresh string of
 * every occurrence, and a big base repeats its ids, kinds, units and event words in
 * every fact that names them: 100,000 facts hold some million such copies.
 */
export function shareStrings<T>(value: T): T {
  const pool = new Map<string, string>();
  const share = (s: string): string => {
    if (s.length > LONGEST_SHARED) return s;
    const known = pool.get(s);
    if (known !== undefined) return known;
    pool.set(s, s);
    return s;
  };
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (typeof item === 'string') v[i] = share(item);
        else if (typeof item === 'object' && item !== null) visit(item);
      }
    } else if (typeof v === 'object' && v !== null) {
      const record = v as Record<string, unknown>;
      for (const key in record) {
        const item = record[key];
        if (typeof item === 'string') record[key] = share(item);
        else if (typeof item === 'object' && item !== null) visit(item);
      }
    }
  };
  visit(value);
  return value;
}

/** Past this length a string is prose, a quote or an event line, that no other fact repeats: looking it up only costs. */
const LONGEST_SHARED = 40;
