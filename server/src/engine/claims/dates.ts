import type { DateClaim, DateStyle, PartialDate } from './claim';
import { MONTH_PATTERN, SEASONS, monthNumber } from './calendar';
import { ORDINAL_WORD, ordinalValue } from './numberWords';
import { SPOKEN_YEAR, SPOKEN_YEAR_HEAD, spokenYear } from './spokenYears';

/** What a pattern cannot match without: a stretch that lacks it is not searched with it. */
type Needs = 'digit' | 'month' | 'both' | 'spoken';

interface Pattern {
  re: RegExp;
  needs: Needs;
  build(m: RegExpExecArray): Omit<DateClaim, 'kind' | 'start' | 'end' | 'text'> | 'no claim' | undefined;
}

const M = MONTH_PATTERN;
const YEAR = '(1[6-9]\\d\\d|2[01]\\d\\d)';
/** Words before a bare year that make it a date rather than a number or a name. */
const YEAR_CUE = `(?<=\\b${anyCase('in|of|since|by|until|till|from|during|to|before|after|around|early|late|mid|year|the|between|and|for|circa|born|died|founded|established')}\\s+)`;
const MONTH_CUE = `(?<=\\b${anyCase('in|since|by|until|till|from|during|early|late|mid|last|next|this')}\\s+)`;

/** Cue words may open a sentence: "In 2009", "in 2009". */
function anyCase(words: string): string {
  return `(?:${words.split('|').map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})`;
}

const monthForm = (word: string): DateClaim['monthForm'] =>
  /^\p{L}+\.$/u.test(word) ? 'short-dot' : word.length <= 4 && word !== 'June' && word !== 'July' && word !== 'May' ? 'short' : 'long';

const make = (style: DateStyle, date: PartialDate, form: DateClaim['monthForm'] = 'long', to?: PartialDate) => ({
  style, date, monthForm: form, ...(to ? { to } : {}),
});

/**
 * Ordered longest first: a span taken by one pattern is not read again by a later one.
 * A bare year is a date after a cue word ("in 2009"), or as the label of a timeline entry
 * or table cell ("**1993:** …", "| 1998 |").
 */
const PATTERNS: Pattern[] = [
  /**
   * "November 29-30, 2022", "29–30 November", "November 29 to 30": a span of days holds
   * any day in it, so neither end is the date of an event.
   */
  { re: new RegExp(`\\b(?:${M})\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–]|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR}\\b)?`, 'g'), needs: 'both', build: () => 'no claim' },
  { re: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–]|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${M})(?![\\p{L}])(?:,?\\s+${YEAR}\\b)?`, 'gu'), needs: 'both', build: () => 'no claim' },
  { re: new RegExp(`\\b${YEAR}-(\\d\\d)-(\\d\\d)\\b`, 'g'), needs: 'digit', build: (m) => valid(make('iso', { year: +m[1], month: +m[2], day: +m[3] }, 'number')) },
  { re: new RegExp(`\\b(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}\\b`, 'g'), needs: 'digit', build: (m) => valid(make('dmy-dotted', { year: +m[3], month: +m[2], day: +m[1] }, 'number')) },
  { re: new RegExp(`\\b(\\d{1,2})/(\\d{1,2})/${YEAR}\\b`, 'g'), needs: 'digit', build: (m) => slashed(+m[1], +m[2], +m[3]) },
  {
    re: new RegExp(`\\b(${M})\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?['’](\\d\\d)(?![\\p{N}–-])`, 'gu'),
    needs: 'both',
    build: (m) => valid(make(m[2] ? 'mdy' : 'month-year', { year: 2000 + +m[3], month: monthNumber(m[1]), day: num(m[2]) }, monthForm(m[1]))),
  },
  {
    re: new RegExp(`\\b(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR}\\b)?`, 'g'),
    needs: 'both',
    build: (m) => valid(make('mdy', { year: num(m[3]), month: monthNumber(m[1]), day: +m[2] }, monthForm(m[1]))),
  },
  {
    re: new RegExp(`\\b(?:the\\s+)?(${ORDINAL_WORD})\\s+of\\s+(${M})(?![\\p{L}])(?:,?\\s+${YEAR}\\b)?`, 'gu'),
    needs: 'month',
    build: (m) => inWords(valid(make('ordinal-of', { year: num(m[3]), month: monthNumber(m[2]), day: ordinalValue(m[1]) }, monthForm(m[2])))),
  },
  {
    re: new RegExp(`\\b(${M})\\s+(?:the\\s+)?(${ORDINAL_WORD})\\b(?:,?\\s+${YEAR}\\b)?`, 'g'),
    needs: 'month',
    build: (m) => inWords(valid(make('mdy', { year: num(m[3]), month: monthNumber(m[1]), day: ordinalValue(m[2]) }, monthForm(m[1])))),
  },
  {
    re: new RegExp(`\\b(?:the\\s+)?(\\d{1,2})(st|nd|rd|th)?(\\s+of)?\\s+(${M})(?![\\p{L}])(?:,?\\s+${YEAR}\\b)?`, 'gu'),
    needs: 'both',
    build: (m) => valid(make(m[3] ? 'ordinal-of' : 'dmy', { year: num(m[5]), month: monthNumber(m[4]), day: +m[1] }, monthForm(m[4]))),
  },
  { re: new RegExp(`\\b(${M})(?:,?\\s+|\\s+of\\s+)${YEAR}\\b`, 'g'), needs: 'both', build: (m) => make('month-year', { year: +m[2], month: monthNumber(m[1]) }, monthForm(m[1])) },
  {
    re: new RegExp(`\\b(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR}\\b`, 'gi'),
    needs: 'digit',
    build: (m) => make('season', { year: +m[2], season: SEASONS[m[1].toLowerCase()] }),
  },
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}][-–])\\b${YEAR}\\s?[-–—]\\s?(\\d{4}|\\d\\d)\\b(?![-–]\\p{N})`, 'gu'),
    needs: 'digit',
    build: (m) => {
      const to = m[2].length === 2 ? Math.floor(+m[1] / 100) * 100 + +m[2] : +m[2];
      return to > +m[1] ? make('year-range', { year: +m[1] }, 'long', { year: to }) : undefined;
    },
  },
  {
    // "Five flights between 1993 and 2009": a span of years, not the year of either end's event.
    re: new RegExp(`(?<=\\b(?:[Bb]etween|[Ff]rom)\\s+)${YEAR}\\s+(?:and|to|through|until)\\s+(\\d{4})\\b`, 'g'),
    needs: 'digit',
    build: (m) => (+m[2] > +m[1] ? make('year-range', { year: +m[1] }, 'long', { year: +m[2] }) : undefined),
  },
  {
    re: /(?<=\b[Oo]n\s+the\s+)(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)!?]|$|\s+(?:to|and|when|where|as|for|of\s+(?:that|this|the)\s+month)\b))/g,
    needs: 'digit',
    build: (m) => make('day', { day: +m[1] }),
  },
  {
    re: new RegExp(`${MONTH_CUE}(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s+\\d)`, 'g'),
    needs: 'month',
    build: (m) => make('month', { month: monthNumber(m[1]) }),
  },
  {
    re: new RegExp(`(?<=^[\\s*_-]*)(${M})(?=[\\s*_]*(?:[:–—]|\\s-\\s))`, 'g'),
    needs: 'month',
    build: (m) => make('month', { month: monthNumber(m[1]) }, monthForm(m[1])),
  },
  {
    re: new RegExp(`(?<=^[\\s*_]*)${YEAR}(?=[\\s*_]*(?:[:–—]|\\s-\\s|$))`, 'g'),
    needs: 'digit',
    build: (m) => make('year', { year: +m[1] }),
  },
  {
    // "the Declaration on Eternal Friendship and Alliance (1998)", "… in the 21st Century (2013)": a year in brackets after a name of two words or more dates what it names.
    re: new RegExp(`(?<=(?:\\p{Lu}|\\d)[\\p{L}\\p{N}-]*(?:\\s+(?:and|of|on|in|for|the)){0,2}\\s+\\p{Lu}[\\p{L}\\p{N}-]*\\s\\()${YEAR}(?=\\))`, 'gu'),
    needs: 'digit',
    build: (m) => make('year', { year: +m[1] }),
  },
  {
    re: new RegExp(`${YEAR_CUE}(${SPOKEN_YEAR})\\b`, 'g'),
    needs: 'spoken',
    build: (m) => {
      const said = spokenYear(m[1]);
      return said && { ...make('year', { year: said.year }), spokenYear: { form: said.form, withAnd: /\band\b/.test(m[1]) } };
    },
  },
  {
    re: new RegExp(`${YEAR_CUE}(?<![\\p{L}][-–])${YEAR}\\b(?![-–]\\p{L})(?!\\s?(?:%|percent|km|kilomet|miles|people|years|dollars))`, 'gu'),
    needs: 'digit',
    build: (m) => make('year', { year: +m[1] }),
  },
];

function inWords<T>(c: T | undefined): (T & { dayInWords: true }) | undefined {
  return c && { ...c, dayInWords: true };
}

/** "18/08/2022" is day-first, "08/18/2022" month-first; "08/09/2022" could be either and is left alone. */
function slashed(a: number, b: number, year: number) {
  if (a > 12 && b <= 12) return valid(make('dmy-slash', { year, month: b, day: a }, 'number'));
  if (b > 12 && a <= 12) return valid(make('mdy-slash', { year, month: a, day: b }, 'number'));
  return undefined;
}

/** Every date form has a digit, a month, a season or a spoken year: most sentences have none and are skipped at once. */
const MAY_HOLD_A_DATE = new RegExp(`\\d|${M}|spring|summer|autumn|fall|winter|${SPOKEN_YEAR_HEAD}`, 'i');
const SPOKEN = new RegExp(SPOKEN_YEAR_HEAD, 'i');
const MONTH = new RegExp(M);

/** Whether a stretch has what a pattern needs: most have digits but no month, or a month but no digit. */
function searchable(slice: string): (needs: Needs) => boolean {
  const digit = /\d/.test(slice);
  const month = MONTH.test(slice);
  return (needs) => (needs === 'digit' ? digit : needs === 'month' ? month : needs === 'spoken' ? SPOKEN.test(slice) : digit && month);
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : +s;
}

function valid<T extends { date: PartialDate }>(c: T): T | undefined {
  const { month, day } = c.date;
  if (month === undefined || month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  return c;
}

/** Finds dates in a stretch of prose. `text` is the masked draft; the stretch is [start, end). */
export function findDates(text: string, start: number, end: number, options: { datelines?: boolean } = {}): DateClaim[] {
  const slice = text.slice(start, end);
  if (!MAY_HOLD_A_DATE.test(slice)) return [];
  const taken: Array<[number, number]> = [];
  const claims: DateClaim[] = [];
  const has = searchable(slice);
  for (const p of PATTERNS) {
    if (!has(p.needs)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(slice); m; m = p.re.exec(slice)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && a < e)) continue;
      const built = p.build(m);
      if (!built) continue;
      const lead = /^the\s+/i.exec(m[0])?.[0].length ?? 0;
      taken.push([s, e]);
      if (built === 'no claim') continue;
      if (!options.datelines && isDateline(text, start + s, start + e)) continue;
      claims.push({ kind: 'date', start: start + s + lead, end: start + e, text: m[0].slice(lead), ...built });
    }
  }
  return claims.sort((a, b) => a.start - b.start);
}

/**
 * "ASTANA, Nov 29 (Reuters) –", "HILO, Hawaii, Aug. 31 —": a dateline gives the day the
 * report was filed, not the day of anything it reports.
 */
/** "HILO, Hawaiʻi (Dec. 6, 2018) —": the dateline's date in parentheses after the place. */
export const PARENTHESISED_DATELINE = /^[\s>*_#]*\p{Lu}{2,}[\p{Lu}\p{M}.'’ -]*(?:,[^(\n]{0,30})?\s*\(/u;

export const DATELINE_LEAD = /(?:^|\n)[\s>*_#]*\p{Lu}[\p{Lu}\p{M}.'’ -]+(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?,\s*$/u;

/**
 * "Győr / Kassel, 10 September 2024 – …", "Yerevan, 24 November 2022 (TDI): …": places in
 * any case, a comma, the date and a dash, or the agency in brackets, make a dateline too.
 */
const PLACES_LEAD = /^[\s>*_#]*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s*(?:\/|&|and)?\s*\p{Lu}[\p{L}\p{M}.'’-]*){0,3},\s*$/u;
const DATELINE_TAIL = /^\s*(?:[–—-]\s|\([^()\n]{1,40}\)\s*[–—:-])/;

function isDateline(text: string, at: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (at - lineStart > 60) return false;
  const lead = text.slice(lineStart, at);
  return DATELINE_LEAD.test(lead) || (PARENTHESISED_DATELINE.test(lead) && !lead.includes(')')) || (PLACES_LEAD.test(lead) && DATELINE_TAIL.test(text.slice(end, end + 48)));
}
