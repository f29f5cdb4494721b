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

/** How many digits a writer gave: 4 for 8,363, 2 for 2,200, 3 for 2.79. */
export function significantDigits(n: number): number {
  const digits = String(Math.abs(n)).replace('.', '').replace(/^0+/, '');
  return digits.length - (Number.isInteger(n) ? Math.log10(precisionStep(n)) : 0);
}
