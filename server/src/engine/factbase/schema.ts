import { z } from 'zod';

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

export const LengthUnit = z.enum(['km', 'mi']);

const QuantityValue = z.object({
  type: z.literal('quantity'),
  amount: z.number(),
  unit: LengthUnit,
  inferred: InferredFigure.optional(),
});

export const Scale = z.enum(['thousand', 'million', 'billion', 'trillion']);

const MoneyValue = z.object({
  type: z.literal('money'),
  /** In whole units of the currency: 42.3 billion is 42300000000. */
  amount: z.number(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD'),
  inferred: InferredFigure.optional(),
});

/** "15 agreements", "six ministers": the noun is what is counted, singular. */
const CountValue = z.object({
  type: z.literal('count'),
  amount: z.number().int().nonnegative(),
  noun: z.string().min(1),
  inferred: InferredFigure.optional(),
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

/** "a three-year term", "two weeks since". */
const DurationValue = z.object({
  type: z.literal('duration'),
  amount: z.number().positive(),
  unit: z.enum(['day', 'week', 'month', 'year', 'decade']),
  inferred: InferredFigure.optional(),
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
   * paraphrases writers use ("sworn", "oath", "inaugurated").
   */
  keywords: z.array(z.string().min(1)),
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

export const EntityKind = z.enum([
  'person',
  'country',
  'city',
  'region',
  'organization',
  'agreement',
  'document',
  'event',
  'publication',
]);

export const Entity = z.object({
  id,
  kind: EntityKind,
  name: z.string().min(1),
  /** Every other spelling the sources use or writers commonly use: transliterations, short forms, acronyms. */
  aliases: z.array(z.string().min(1)),
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
export const EntitiesFile = z.object({ $schema: z.string().optional(), entities: z.array(Entity) });
export const FactsFile = z.object({ $schema: z.string().optional(), facts: z.array(Fact) });

export type CalendarDate = z.infer<typeof CalendarDate>;
export type FactValue = z.infer<typeof FactValue>;
export type Fact = z.infer<typeof Fact>;
export type Entity = z.infer<typeof Entity>;
export type EntityKind = z.infer<typeof EntityKind>;
export type Source = z.infer<typeof Source>;
