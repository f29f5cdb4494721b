/**
 * Optimal string alignment distance: insertions, deletions, substitutions, and swaps of
 * two letters that are neighbours or have one letter between them. A writer's hand swaps
 * both ("Japraov", "Jarapov" for Japarov); each is one slip, not two.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      if (i > 2 && j > 2 && a[i - 1] === b[j - 3] && a[i - 3] === b[j - 1] && a[i - 2] === b[j - 2]) d[i][j] = Math.min(d[i][j], d[i - 3][j - 3] + 1);
    }
  }
  return d[a.length][b.length];
}
