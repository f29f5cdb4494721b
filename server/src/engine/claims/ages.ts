import type { FigureClaim } from './claim';
import type { Mention } from './names';

/** "Tokayev, 69,", "Dent, who was 53 at the time", "Sullenberger, then 59", "Dick Scobee (46)": the number put beside a person. */
const BESIDE_PERSON = /^[*_]*(?:,\s+(?:(?:then|now|aged|who\s+(?:was|is|turned))\s+)?|\s*\()$/i;
/** What ends such an apposition: a comma, a stop, "at the time", "when …". */
const APPOSITION_END = /^(?:[,.;)]|\s+(?:at\s+the\s+time|when|at\s+(?:his|her)\s+death)\b|\s*$)/i;
/** "aged 11", "at the age of 63", "at age 46". */
const AGED = /\b(?:aged|at\s+(?:the\s+)?age\s+of|at\s+age)\s+$/i;
const AGE_COLUMN = /^\s*age\b/i;
const OLDEST = 125;

/**
 * A bare number said of a person is their age: beside their name as an apposition or
 * in brackets, after "aged" or "at the age of", or in a table's "Age" column.
 */
export function saidAsAge(f: FigureClaim, masked: string, mentions: readonly Mention[], columnHeader: string | undefined): boolean {
  if ((f.measure !== 'count' && f.measure !== 'number') || !Number.isInteger(f.value) || f.value < 1 || f.value > OLDEST) return false;
  if (columnHeader !== undefined) return AGE_COLUMN.test(columnHeader) && f.nouns.length === 0;
  if (AGED.test(masked.slice(Math.max(0, f.start - 16), f.start))) return true;
  const person = lastPersonBefore(mentions, f.start);
  return !!person && BESIDE_PERSON.test(masked.slice(person.end, f.start)) && APPOSITION_END.test(masked.slice(f.end, f.end + 20));
}

function lastPersonBefore(mentions: readonly Mention[], at: number): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].role === 'person' && mentions[i].end <= at) return mentions[i];
  return undefined;
}
