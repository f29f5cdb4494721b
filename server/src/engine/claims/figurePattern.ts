import { currencyPrefixes, currencySuffixes } from '../units/currencies';
import { SCALE_NAMES } from '../units/scales';
import { TIME_ZONE_IDS } from '../units/timeZones';
import { unitTokens } from '../units/units';
import { CARDINAL_WORD, ORDINAL_WORD, SPELLED_CARDINAL } from './numberWords';
import { escapeRegExp } from '../text/escapeRegExp';

/** A written form as a pattern: its spaces match any run of spaces, its other characters themselves. */
function literal(form: string): string {
  return escapeRegExp(form).replace(/ /g, '\\s+');
}

/** Longest first, so that "miles per hour" wins over "miles" and "km²" over "km". */
const alternatives = (forms: readonly string[]) => [...forms].sort((a, b) => b.length - a.length).map(literal).join('|');

const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const SCALE_WORDS = alternatives(SCALE_NAMES.map((s) => s.name));
const CLOCK =
  '(?<clock>(?<hour>\\d{1,2})(?::(?<minute>[0-5]\\d))?\\s?(?<meridiem>[ap]\\.?\\s?m\\.?)(?![\\p{L}])|(?<hour24>[01]?\\d|2[0-3]):(?<minute24>[0-5]\\d)(?![\\d:]))' +
  `(?:\\s?(?<zone>${alternatives(TIME_ZONE_IDS)})(?![\\p{L}]))?`;

/**
 * The one pattern a sentence's figures are read with, built once from the units,
 * currencies, scales and time zones tables: what may stand before the number (a
 * currency, a scale's name), the number (a clock time, digits, a number word), its
 * scale word, and what may follow (an age, a unit, a currency, a percent sign, a scale's name).
 * A number with a vulgar fraction ("3½ seconds") is left unread: read as 3, it would
 * contradict the 3.5 its source gives.
 */
export const FIGURE = new RegExp(
  [
    // A minus sign counts where it stands alone before the number ("about -21 °C"); after a word or a number it joins a range or a compound.
    '(?<![\\p{L}\\p{N}+^/.,:#@$])(?<![\\p{L}\\p{N}.,)\\]-]-)',
    `(?:(?<pre>${SCALE_WORDS})[\\s-]|(?<cur>${alternatives(currencyPrefixes())})\\s?)?`,
    `(?:${CLOCK}|(?<digits>${DIGITS})(?<ord>st|nd|rd|th)?(?!\\d|[:/]\\d|[½¼¾⅓⅔])|(?<ordword>${ORDINAL_WORD})(?![\\p{L}])|(?<word>${SPELLED_CARDINAL}|${CARDINAL_WORD})(?![\\p{L}])(?<half>\\s+and\\s+a\\s+half(?![\\p{L}]))?)`,
    '(?:[\\s-]?(?<scale>thousand|million|billion|trillion|bln|mln|trn|bn|mn|tn|m|k|b|t)(?![\\p{L}²³/]))?',
    '(?<age>-year-old|\\s+years?\\s+old)?',
    `(?:[\\s-]?(?<unit>${alternatives([...unitTokens(), ...currencySuffixes(), ...SCALE_NAMES.map((s) => s.name), 'percent', 'per cent'])}|%)(?![\\p{L}]))?`,
  ].join(''),
  'giu',
);
