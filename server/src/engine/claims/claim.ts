import type { SpokenYearForm } from './spokenYears';
/** What the extractors find in a draft, with offsets in the draft's text. */

import type { UnitForm } from '../units/units';

export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
  season?: 'spring' | 'summer' | 'autumn' | 'winter';
}

/** How the writer wrote a date, so that a fix keeps the writer's format. */
export type DateStyle =
  | 'iso'
  | 'dmy-dotted'
  | 'dmy-slash'
  | 'mdy-slash'
  | 'day'
  | 'mdy'
  | 'dmy'
  | 'ordinal-of'
  | 'month-year'
  | 'month'
  | 'year'
  | 'season'
  | 'year-range'
  | 'weekday';

export interface DateClaim {
  kind: 'date';
  start: number;
  end: number;
  text: string;
  date: PartialDate;
  /** For "2023-2024": the end of the range; `date` is its start. */
  to?: PartialDate;
  /** A year taken from the sentence, section or document when the writer left it out. */
  contextYear?: number;
  style: DateStyle;
  /** "the eighteenth of March": a day the writer spelled out, as a fix spells it. */
  dayInWords?: boolean;
  /** "nineteen ninety-six": a year the writer spelled out, and how. */
  spokenYear?: { form: SpokenYearForm; withAnd: boolean };
  /** Month names as the writer spelled them: "Aug." or "August". */
  monthForm: 'long' | 'short' | 'short-dot' | 'number';
  /** For "last Thursday": the report's date it is counted from, and whether the day lies after it ("will meet on Friday"). */
  relativeTo?: { year: number; month?: number; day?: number; ahead?: boolean };
}

export type Measure = 'quantity' | 'money' | 'count' | 'ordinal' | 'age' | 'duration' | 'percent' | 'scale' | 'time' | 'number';

export type Hedge = 'exact' | 'about' | 'more' | 'less';

export interface FigureClaim {
  kind: 'figure';
  start: number;
  end: number;
  text: string;
  value: number;
  measure: Measure;
  /**
   * A unit's id (units/units.ts) for quantities and durations; an ISO currency for
   * money; "%" for percentages; a scale's name; a time zone for a clock time.
   */
  unit?: string;
  /** How the writer wrote the unit ("km", "kilometers", "-kilometer"), for a fix in the same form. */
  unitForm?: UnitForm;
  /** Stems of the words after the figure, one of which may be what is counted. */
  nouns: string[];
  /** Stems of a label the figure is the value of ("Agreements signed: 16"). */
  labelNouns: string[];
  /** Stems of what the figure is the measure of, written before it: "a crowd of 74,378", "our national income of $1.5 trillion". */
  ofNouns: string[];
  /** Stems of what the counted thing is of: "anniversary of the border treaty". */
  complement: string[];
  hedge: Hedge;
  /** The figure's own characters inside `text`: "7,464" in "7,464 kilometers", "8:32 a.m." in "8:32 a.m. EDT". */
  numberStart: number;
  numberEnd: number;
  numberStyle: 'digits' | 'word' | 'ordinal-digits' | 'ordinal-word' | 'clock';
  /**
   * A figure that states nothing unless a fact binds it, so never an "unsourced" info:
   * a number word after "the", "these", "his"… refers to what the text set up ("the
   * two countries"); a clock time or a level is sourced or wrong, never a claim of its own.
   */
  presupposed: boolean;
  /** The minus sign a temperature below zero opens with, as written ("-", "−", "minus "): the claim's text starts with it. */
  sign?: string;
  /** The whole of a part the sentence counts: "eight" in "four of the eight cells". */
  whole?: boolean;
  /** A span after "in", "for", "over"… with nothing after it in its clause: what lasted is what the clause tells ("the largest quake in over 25 years"). */
  clauseSpan?: boolean;
}

export type Claim = DateClaim | FigureClaim;

/** What a claim's value is in: "7,644 km (4,750 miles)" states one fact in two measures. */
export function measureOf(c: Claim): string {
  return c.kind === 'date' ? 'date' : `${c.measure}:${c.unit ?? ''}`;
}
