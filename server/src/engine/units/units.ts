/**
 * The units a fact or a draft may measure in: the one declaration. Each unit has
 * its symbols (matched with their case: "kg", not "KG"), its words (any case; the
 * singular also makes the adjective: "a 10-foot wall", "a 293-million-mile trip")
 * and its size in its dimension's base unit. Temperatures add an offset.
 */
export type Dimension = 'length' | 'mass' | 'area' | 'volume' | 'speed' | 'temperature' | 'duration';

export interface Unit {
  /** How a fact names it: `"unit": "km"`. */
  id: string;
  dimension: Dimension;
  symbols: string[];
  /** The singular and plural words; the first pair is what a fix writes. */
  singular: string[];
  plural: string[];
  /** The unit in its dimension's base unit (metres, kilograms, square metres, cubic metres, m/s, °C, seconds). */
  factor: number;
  offset?: number;
  /** Months, years and decades: their length in days varies, so they do not convert to days or weeks. */
  calendar?: boolean;
}

const u = (id: string, dimension: Dimension, factor: number, symbols: string[], singular: string[], plural: string[], more: Partial<Unit> = {}): Unit => ({
  id, dimension, factor, symbols, singular, plural, ...more,
});

const DAY = 86_400;
const YEAR = 365.25 * DAY;

export const UNITS: readonly Unit[] = [
  u('km', 'length', 1000, ['km'], ['kilometer', 'kilometre'], ['kilometers', 'kilometres']),
  u('m', 'length', 1, ['m'], ['meter', 'metre'], ['meters', 'metres']),
  u('cm', 'length', 0.01, ['cm'], ['centimeter', 'centimetre'], ['centimeters', 'centimetres']),
  u('mm', 'length', 0.001, ['mm'], ['millimeter', 'millimetre'], ['millimeters', 'millimetres']),
  u('mi', 'length', 1609.344, ['mi'], ['mile'], ['miles']),
  u('ft', 'length', 0.3048, ['ft'], ['foot'], ['feet']),
  u('in', 'length', 0.0254, [], ['inch'], ['inches']),
  u('yd', 'length', 0.9144, ['yd'], ['yard'], ['yards']),
  u('nmi', 'length', 1852, ['nmi'], ['nautical mile'], ['nautical miles']),
  u('um', 'length', 1e-6, ['µm', 'μm'], ['micron', 'micrometer', 'micrometre'], ['microns', 'micrometers', 'micrometres']),
  u('au', 'length', 149_597_870_700, ['AU', 'AUs'], ['astronomical unit'], ['astronomical units']),
  u('kg', 'mass', 1, ['kg'], ['kilogram', 'kilogramme'], ['kilograms', 'kilogrammes', 'kilos']),
  u('g', 'mass', 0.001, ['g'], ['gram', 'gramme'], ['grams', 'grammes']),
  u('t', 'mass', 1000, [], ['tonne', 'metric ton'], ['tonnes', 'metric tons']),
  u('lb', 'mass', 0.45359237, ['lb', 'lbs'], ['pound'], ['pounds']),
  u('oz', 'mass', 0.028349523125, ['oz'], ['ounce'], ['ounces']),
  u('short-ton', 'mass', 907.18474, [], ['short ton', 'ton'], ['short tons', 'tons']),
  u('km2', 'area', 1e6, ['km²', 'km2', 'sq km', 'sq. km'], ['square kilometer', 'square kilometre'], ['square kilometers', 'square kilometres']),
  u('m2', 'area', 1, ['m²', 'm2', 'sq m'], ['square meter', 'square metre'], ['square meters', 'square metres']),
  u('sq-mi', 'area', 2_589_988.110336, ['sq mi', 'sq. mi.', 'mi²'], ['square mile'], ['square miles']),
  u('acre', 'area', 4046.8564224, [], ['acre'], ['acres']),
  u('ha', 'area', 1e4, ['ha'], ['hectare'], ['hectares']),
  u('m3', 'volume', 1, ['m³', 'm3'], ['cubic meter', 'cubic metre'], ['cubic meters', 'cubic metres']),
  u('km3', 'volume', 1e9, ['km³', 'km3'], ['cubic kilometer', 'cubic kilometre'], ['cubic kilometers', 'cubic kilometres']),
  u('mi3', 'volume', 4_168_181_825.440579584, ['mi³', 'cu mi'], ['cubic mile'], ['cubic miles']),
  u('ft3', 'volume', 0.028316846592, ['ft³', 'cu ft'], ['cubic foot'], ['cubic feet']),
  u('yd3', 'volume', 0.764554857984, ['yd³', 'cu yd'], ['cubic yard'], ['cubic yards']),
  u('L', 'volume', 0.001, ['L'], ['liter', 'litre'], ['liters', 'litres']),
  u('gal', 'volume', 0.003785411784, ['gal'], ['gallon'], ['gallons']),
  u('km/h', 'speed', 1 / 3.6, ['km/h', 'kph', 'km/hr'], ['kilometer per hour', 'kilometre per hour', 'kilometer an hour', 'kilometre an hour'], ['kilometers per hour', 'kilometres per hour', 'kilometers an hour', 'kilometres an hour']),
  u('mph', 'speed', 0.44704, ['mph'], ['mile per hour', 'mile an hour'], ['miles per hour', 'miles an hour']),
  u('m/s', 'speed', 1, ['m/s'], ['meter per second', 'metre per second'], ['meters per second', 'metres per second']),
  u('kn', 'speed', 1852 / 3600, ['kn'], ['knot'], ['knots']),
  u('degC', 'temperature', 1, ['°C', '℃'], ['degree Celsius', 'degree centigrade'], ['degrees Celsius', 'degrees centigrade']),
  u('degF', 'temperature', 5 / 9, ['°F', '℉'], ['degree Fahrenheit'], ['degrees Fahrenheit'], { offset: (-32 * 5) / 9 }),
  u('second', 'duration', 1, ['sec', 'secs'], ['second'], ['seconds']),
  u('minute', 'duration', 60, ['min', 'mins'], ['minute'], ['minutes']),
  u('hour', 'duration', 3600, ['hr', 'hrs'], ['hour'], ['hours']),
  u('day', 'duration', DAY, [], ['day'], ['days']),
  u('week', 'duration', 7 * DAY, [], ['week'], ['weeks']),
  u('month', 'duration', YEAR / 12, [], ['month'], ['months'], { calendar: true }),
  u('year', 'duration', YEAR, [], ['year'], ['years'], { calendar: true }),
  u('decade', 'duration', 10 * YEAR, [], ['decade'], ['decades'], { calendar: true }),
];

const BY_ID = new Map(UNITS.map((x) => [x.id, x]));
const BY_SYMBOL = new Map(UNITS.flatMap((x) => x.symbols.map((s) => [s, x] as const)));
const BY_WORD = new Map(UNITS.flatMap((x) => [...x.singular, ...x.plural].map((w) => [w.toLowerCase(), x] as const)));

const ids = (keep: (x: Unit) => boolean) => UNITS.filter(keep).map((x) => x.id) as [string, ...string[]];
/** The units of a `quantity` fact, and of a `duration` fact. */
export const QUANTITY_UNIT_IDS = ids((x) => x.dimension !== 'duration');
export const DURATION_UNIT_IDS = ids((x) => x.dimension === 'duration');

export function unitById(id: string): Unit | undefined {
  return BY_ID.get(id);
}

/** How the writer wrote a unit, so that a fix writes the new one the same way. */
export type UnitForm = 'symbol' | 'singular' | 'plural';

/** The unit a written token names: symbols by their exact case, words in any case ("Kilometers"). */
export function unitOfToken(token: string): { unit: Unit; form: UnitForm } | undefined {
  const t = token.replace(/\s+/g, ' ');
  const bySymbol = BY_SYMBOL.get(t);
  if (bySymbol) return { unit: bySymbol, form: 'symbol' };
  const byWord = BY_WORD.get(t.toLowerCase());
  if (!byWord) return undefined;
  return { unit: byWord, form: byWord.plural.some((p) => p.toLowerCase() === t.toLowerCase()) ? 'plural' : 'singular' };
}

const TOKENS = [...new Set([...BY_SYMBOL.keys(), ...UNITS.flatMap((x) => [...x.singular, ...x.plural])])].sort((a, b) => b.length - a.length);

/** Every written form, longest first, for the reader's pattern; spaces inside match any run of spaces. */
export function unitTokens(): readonly string[] {
  return TOKENS;
}

/** Whether an amount converts from one unit to the other without a calendar in between. */
export function convertible(from: Unit, to: Unit): boolean {
  return from.dimension === to.dimension && !!from.calendar === !!to.calendar;
}

export function convert(amount: number, from: Unit, to: Unit): number {
  if (from.id === to.id) return amount;
  const base = amount * from.factor + (from.offset ?? 0);
  return (base - (to.offset ?? 0)) / to.factor;
}

/** The unit as a fix writes it in the writer's form: "km", "kilometers", "kilometer" (in "a 7,644-kilometer border"). */
export function writeUnit(unit: Unit, form: UnitForm): string {
  if (form === 'symbol' && unit.symbols.length > 0) return unit.symbols[0];
  return form === 'plural' ? unit.plural[0] : unit.singular[0];
}
