/**
 * A slip of the keys between two figures: one digit changed, dropped or typed twice,
 * two neighbours swapped, or the point moved ("59.6%" or "95.9%" for 59.9%; "1936" or
 * "1973" for 1963; "41 km" for 413 km). It is the writer's slip whatever the distance
 * between the values.
 */
export function keySlip(stated: number, sourced: number): boolean {
  const [a, b] = [digitsOf(stated), digitsOf(sourced)];
  if (a.digits === b.digits) return a.point !== b.point;
  // "20,200" for 22,000: a zero swapped in is a slip of the keys too, seen in the figures as written.
  if (Number.isInteger(stated) && Number.isInteger(sourced)) {
    const [x, y] = [String(Math.abs(stated)), String(Math.abs(sourced))];
    if (swapped(x, y) || oneDigitMore(x, y) || oneDigitMore(y, x)) return true;
  }
  // "0.2 percent" for 1 percent changes a digit and moves the point: two slips, no slip of one.
  if (a.digits.length !== b.digits.length || a.point !== b.point) return false;
  return swapped(a.digits, b.digits) || [...a.digits].filter((c, i) => c !== b.digits[i]).length === 1;
}

/** Two strings of digits of one length that differ by two neighbours swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  const [i, j] = differ;
  return differ.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

/**
 * `longer` is `shorter` with one digit typed in. A single digit left is no figure to
 * slip from ("4" for 41), and a zero added at the end is a slip of scale, judged as one.
 */
function oneDigitMore(longer: string, shorter: string): boolean {
  if (longer.length !== shorter.length + 1 || shorter.length < MIN_DIGITS_LEFT || longer === `${shorter}0`) return false;
  for (let i = 0; i < longer.length; i++) if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}

const MIN_DIGITS_LEFT = 2;

/** A figure's significant digits and where its decimal point falls among them. */
function digitsOf(n: number): { digits: string; point: number } {
  const [whole, fraction = ''] = String(Math.abs(n)).split('.');
  const joined = (whole === '0' ? '' : whole) + fraction;
  const lead = joined.length - joined.replace(/^0+/, '').length;
  return { digits: joined.slice(lead).replace(/0+$/, '') || '0', point: (whole === '0' ? 0 : whole.length) - lead };
}
