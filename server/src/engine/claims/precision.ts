/** The step a writer rounded to: 1 for 7,644, 100 for 7,600, 0.1 for 42.3. */
export function precisionStep(n: number): number {
  if (n === 0) return 1;
  const s = String(n);
  if (s.includes('.')) return 10 ** -(s.length - s.indexOf('.') - 1);
  let step = 1;
  let m = Math.abs(n);
  while (m % 10 === 0 && m >= 10) {
    m /= 10;
    step *= 10;
  }
  return step;
}
