import { readUnit, type ReadUnit } from './readUnit';

/**
 * Where a table's column header or row label states the unit of its bare numbers:
 * "Length (km)", "Same distance in AU", "Height, ft", or the unit alone ("Miles").
 */
const STATED_UNIT = [/\(\s*([^()\d]{1,24}?)\s*\)\s*$/u, /\bin\s+([^\d,;:()]{1,24}?)\s*$/u, /,\s*([^\d,;:()]{1,24}?)\s*$/u, /^\s*([^\d,;:()]{1,24}?)\s*$/u];

/** The unit a label gives the bare numbers under or beside it: a length, a mass, a duration… (money keeps its own symbols). */
export function labelUnit(label: string): ReadUnit | undefined {
  const plain = label.replace(/[*_`]/g, '');
  for (const pattern of STATED_UNIT) {
    const token = pattern.exec(plain)?.[1];
    const unit = token === undefined ? undefined : readUnit(token);
    if (unit && (unit.measure === 'quantity' || unit.measure === 'duration' || unit.measure === 'percent')) return unit;
  }
  return undefined;
}
