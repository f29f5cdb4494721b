import { z } from 'zod';
import { KindDeclaration, KindName } from './kinds';
import { CURRENCY_CODES } from '../units/currencies';
import { SCALE_NAME_IDS } from '../units/scales';
import { TIME_ZONE_IDS } from '../units/timeZones';
import { DURATION_UNIT_IDS, QUANTITY_UNIT_IDS } from '../units/units';

/**
 * The fact base's schema, written once: loading validates with it and
 * `facts/schema/*.json` (for editors) is generated from it.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase words joined by hyphens');

export const Season = z.enum(['spring', 'summer', 'autumn', 'winter']);

/** A calendar date as precise as the source states it. */
export const CalendarDate = z
  .object({
    year: z.number().int().min(1000).max(2999),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    season: Season.optional(),
  })
  .refine((d) => d.day === undefined || d.month !== undefined, 'a day needs a month')
  .refine((d) => d.season === undefined || d.month === undefined, 'a date has a month or a season, not both');

/** Where the source leaves part of a date implicit, what was inferred and from what. */
export const Inferred = z.object({
  parts: z.array(z.enum(['year', 'month', 'day'])).min(1),
  reason: z.string().min(1),
});

const DateValue = z.object({
  type: z.literal('date'),
  date: CalendarDate,
  inferred: Inferred.optional(),
});

const DateRangeValue = z.object({
  type: z.literal('dateRange'),
  from: CalendarDate,
  to: CalendarDate,
  inferred: Inferred.optional(),
});

/** A figure the quote does not state as such but that follows from it (counted from a list, added up): how. */
const InferredFigure = z.object({ reason: z.string().min(1) });

/**
 * How the source bounds a figure: "as high as $400 million" is at most, "more than
 * one-half million" at least, "nearly 4,700" about. A draft's figure agrees when
 * what it says holds within the bound, at the bound's own precision.
 */
export const Bound = z.enum(['at-least', 'at-most', 'about']);

const figure = { inferred: InferredFigure.optional(), bound: Bound.optional() };

/** A length, mass, area, volume, speed or temperature, in a unit of the units table. */
const QuantityValue = z.object({
  type: z.literal('quantity'),
  amount: z.number(),
  unit: z.enum(QUANTITY_UNIT_IDS),
  ...figure,
});

const MoneyValue = z.object({
  type: z.literal('money'),
  /** In whole units of the currency: 42.3 billion is 42300000000. */
  amount: z.number(),
  currency: z.enum(CURRENCY_CODES, { error: 'an ISO 4217 code of the currency table, such as USD' }),
  ...figure,
});

/** "15 agreements", "six ministers": the noun is what is counted, singular; any word of its family matches ("grader" for "grade"). */
const CountValue = z.object({
  type: z.literal('count'),
  amount: z.number().int().nonnegative(),
  noun: z.string().min(1),
  ...figure,
});

/** "30th anniversary", "sixth consultative meeting". */
const OrdinalValue = z.object({
  type: z.literal('ordinal'),
  amount: z.number().int().positive(),
  noun: z.string().min(1),
  inferred: InferredFigure.optional(),
});

const AgeValue = z.object({
  type: z.literal('age'),
  years: z.number().int().nonnegative(),
  inferred: InferredFigure.optional(),
});

/** "a three-year term", "two weeks since", "11 hours 23 minutes" (as 683 minutes). */
const DurationValue = z.object({
  type: z.literal('duration'),
  amount: z.number().positive(),
  unit: z.enum(DURATION_UNIT_IDS),
  ...figure,
});

/** "40 percent", "roughly 1%". */
const PercentValue = z.object({
  type: z.literal('percent'),
  amount: z.number(),
  ...figure,
});

/** A value on a scale without a unit: a magnitude-6.9 earthquake, a Category 4 storm. */
const ScaleValue = z.object({
  type: z.literal('scale'),
  name: z.enum(SCALE_NAME_IDS),
  amount: z.number(),
  ...figure,
});

/** A time of day ("8:32 a.m. on May 18", "at 14:05 UTC"), with its date and zone when the source gives them. */
const TimeValue = z.object({
  type: z.literal('time'),
  hour: z.number().int().min(0).max(23),
  minute: z.number().int().min(0).max(59).default(0),
  zone: z.enum(TIME_ZONE_IDS).optional(),
  date: CalendarDate.optional(),
  inferred: Inferred.optional(),
  bound: Bound.optional(),
});

/**
 * An entity that fills a slot of an event: where a summit was held, which country
 * chairs next. A draft that puts another entity of the same kind in that slot
 * contradicts it.
 */
const EntityValue = z.object({
  type: z.literal('entity'),
  slot: z.enum(['place', 'chair', 'participant', 'holder']),
  entity: id,
});

/** A person's title: "Prime Minister" of Armenia. */
const RoleValue = z.object({
  type: z.literal('role'),
  person: id,
  title: z.string().min(1),
  of: id.optional(),
  from: CalendarDate.optional(),
});

export const FactValue = z.discriminatedUnion('type', [
  DateValue,
  DateRangeValue,
  QuantityValue,
  MoneyValue,
  CountValue,
  OrdinalValue,
  AgeValue,
  DurationValue,
  PercentValue,
  ScaleValue,
  TimeValue,
  EntityValue,
  RoleValue,
]);

export const Fact = z.object({
  id,
  source: id,
  /** What the fact is about, in one line a writer would recognise. */
  event: z.string().min(1),
  /** The entities the event involves (who, with whom, where, what). */
  entities: z.array(id),
  /**
   * Words a draft uses when it speaks of this event, lowercase, including the
   * paraphrases writers use ("sworn", "oath", "inaugurated"). Optional: without them the
   * words of the quote and its source sentence are the event's.
   */
  keywords: z.array(z.string().min(1)).default([]),
  value: FactValue,
  /** When the stated value holds, for figures and roles tied to a time ("in 2023"). */
  when: CalendarDate.optional(),
  /** Which parts of `when` the source leaves implicit, and why they are what they are. */
  whenInferred: Inferred.optional(),
  /** Verbatim from the source text. */
  quote: z.string().min(1),
  /** For the people who keep the base; the engine never reads it. */
  note: z.string().optional(),
});

/** Any kind a base's sources call for; what it is to a verdict is its role (kinds.ts). */
export const EntityKind = KindName;

export const Entity = z.object({
  id,
  kind: EntityKind,
  name: z.string().min(1),
  /** Every other spelling the sources use or writers commonly use: transliterations, short forms, acronyms. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Adjectives that point at a country: "Armenian" for Armenia. */
  demonyms: z.array(z.string().min(1)).optional(),
  /** For the people who keep the base; the engine never reads it. */
  note: z.string().optional(),
});

const PartialDate = z.object({
  value: CalendarDate,
  inferred: Inferred.optional(),
});

export const Source = z.object({
  id,
  /** File name of the source text, inside the fact base's `sources/` folder. */
  file: z.string().regex(/^[^/\\]+\.txt$/, 'a .txt file name, without folders'),
  title: z.string().min(1),
  author: z.string().optional(),
  publisher: z.string().optional(),
  date: PartialDate.optional(),
  url: z.string().url().optional(),
  note: z.string().optional(),
});

export const SourcesFile = z.object({ $schema: z.string().optional(), sources: z.array(Source) });
export const EntitiesFile = z.object({
  $schema: z.string().optional(),
  /** The roles of the base's own kinds ("crater": a place), and any bundled kind it reads otherwise. */
  kinds: z.record(KindName, KindDeclaration).optional(),
  entities: z.array(Entity),
});
export const FactsFile = z.object({ $schema: z.string().optional(), facts: z.array(Fact) });

export type CalendarDate = z.infer<typeof CalendarDate>;
export type FactValue = z.infer<typeof FactValue>;
export type Bound = z.infer<typeof Bound>;
export type Fact = z.infer<typeof Fact>;
export type Entity = z.infer<typeof Entity>;
export type EntityKind = z.infer<typeof EntityKind>;
export type Source = z.infer<typeof Source>;
