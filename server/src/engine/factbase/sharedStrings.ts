/**
 * Makes equal strings of a parsed value one string. JSON.parse makes a fresh string of
 * every occurrence, and a big base repeats its ids, kinds, units and event words in
 * every fact that names them: 100,000 facts hold some million such copies.
 */
export function shareStrings<T>(value: T): T {
  const pool = new Map<string, string>();
  const share = (s: string): string => {
    const known = pool.get(s);
    if (known !== undefined) return known;
    pool.set(s, s);
    return s;
  };
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => (typeof item === 'string' ? (v[i] = share(item)) : visit(item)));
    } else if (typeof v === 'object' && v !== null) {
      const record = v as Record<string, unknown>;
      for (const [key, item] of Object.entries(record)) {
        if (typeof item === 'string') record[key] = share(item);
        else visit(item);
      }
    }
  };
  visit(value);
  return value;
}
