/**
 * A slip of the keys between two figures: one digit changed, two neighbours swapped,
 * or the point moved ("59.6%" or "95.9%" for 59.9%; "1936" or "1973" for 1963). It is
 * the writer's slip whatever the distance between the values.
 */
export function keySlip(stated: number, sourced: number): boolean {
  const [a, b] = [digitsOf(stated), digitsOf(sourced)];
  if (a.digits === b.digits) return a.point !== b.point;
  if (a.digits.length !== b.digits.length) return false;
  const differ = [...a.digits].flatMap((c, i) => (c === b.digits[i] ? [] : [i]));
  if (differ.length === 1) return true;
  const [i, j] = differ;
  return differ.length === 2 && j === i + 1 && a.digits[i] === b.digits[j] && a.digits[j] === b.digits[i];
}

/** A figure's significant digits and where its decimal point falls among them. */
function digitsOf(n: number): { digits: string; point: number } {
  const [whole, fraction = ''] = String(Math.abs(n)).split('.');
  const joined = (whole === '0' ? '' : whole) + fraction;
  const lead = joined.length - joined.replace(/^0+/, '').length;
  return { digits: joined.slice(lead).replace(/0+$/, '') || '0', point: (whole === '0' ? 0 : whole.length) - lead };
}
