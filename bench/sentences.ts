import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CalendarDate, Entity, Fact, Source } from '../server/src/engine';
import { REAL_FACTS_DIR, readRealBase } from './factBases';
import type { Rng } from './prng';

/**
 * The sentences of generated drafts, from the real fact base and source texts: a
 * fact's quote, or its event and value in a template, wrapped in varied openers and
 * closers with their own dates and figures; about one claim in six has its value
 * altered, as drafts get them wrong. The variety matters: the engine memoises
 * judgements per sentence text, so repeated sentences would flatter it.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NOUNS = ['delegation', 'agreement', 'project', 'memorandum', 'visit', 'minister', 'road map', 'forum'];

export class SentenceSource {
  readonly facts: Fact[];
  private readonly entities: Map<string, Entity>;
  private readonly people: Entity[];
  private readonly places: Entity[];
  private readonly sources: Source[];
  private readonly proseLines: string[];

  constructor(private readonly rng: Rng) {
    const real = readRealBase();
    this.facts = real.facts;
    this.entities = new Map(real.entities.map((e) => [e.id, e]));
    this.people = real.entities.filter((e) => e.kind === 'person');
    this.places = real.entities.filter((e) => e.kind === 'city' || e.kind === 'country');
    this.sources = real.sources;
    this.proseLines = real.sources.flatMap((s) => proseSentences(fs.readFileSync(path.join(REAL_FACTS_DIR, 'sources', s.file), 'utf8')));
  }

  /** A sentence that makes one or more claims, possibly wrong. */
  claim(): string {
    const fact = this.rng.pick(this.facts);
    const core = this.rng.chance(0.5) ? this.maybeAlter(fact.quote) : this.templated(fact);
    return this.frame(core);
  }

  /** A sentence of the sources' own prose, framed differently each time. */
  prose(): string {
    return this.frame(this.rng.pick(this.proseLines).replace(/[.!?]+$/, ''));
  }

  /** A figure no fact covers, about a known name: the engine's unsourced-claim path. */
  unsourced(): string {
    const who = this.name(this.rng.pick([...this.people, ...this.places]));
    return `${who} counted ${this.rng.int(2, 4000).toLocaleString('en-US')} ${this.rng.pick(NOUNS)}s in ${this.rng.int(1992, 2024)}.`;
  }

  heading(): string {
    const fact = this.rng.pick(this.facts);
    return this.rng.chance(0.5) ? fact.event : `${this.name(this.rng.pick(this.places))}: ${this.rng.pick(fact.keywords)} in ${this.rng.int(1992, 2024)}`;
  }

  /** A table row's cells: an event and its value in a writer's words, and a source link. */
  row(): string[] {
    const fact = this.rng.pick(this.facts.filter((f) => valueText(f, 'us') !== undefined));
    const source = this.sources.find((s) => s.id === fact.source);
    return [fact.event, this.maybeAlter(valueText(fact, this.rng.pick(STYLES)) ?? ''), this.link(source)];
  }

  /** A quote from the sources, for blockquotes. */
  quote(): string {
    return this.rng.pick(this.proseLines);
  }

  /** Something a writer keeps in a code block: dates and figures the engine must not read. */
  code(): string {
    const fact = this.rng.pick(this.facts);
    return `{ "fact": "${fact.id}", "checked": "${this.rng.int(2019, 2024)}-0${this.rng.int(1, 9)}-1${this.rng.int(0, 9)}", "count": ${this.rng.int(1, 99)} }`;
  }

  link(source = this.rng.pick(this.sources)): string {
    return `[${source?.title ?? 'source'}](https://example.org/${source?.id ?? 'source'}/${this.rng.int(1, 9999)})`;
  }

  private templated(fact: Fact): string {
    const [who, ...rest] = fact.entities.map((id) => this.entities.get(id)).filter((e): e is Entity => e !== undefined);
    const subject = who ? this.name(who) : 'The delegation';
    const object = rest.length ? ` with ${this.name(this.rng.pick(rest))}` : '';
    const value = valueText(fact, this.rng.pick(STYLES));
    const keyword = this.rng.pick(fact.keywords);
    if (value === undefined) return `${subject} spoke of the ${keyword}${object}`;
    return fact.value.type === 'date' || fact.value.type === 'dateRange'
      ? `${subject} marked the ${keyword}${object} on ${this.maybeAlter(value)}`
      : `${subject} reported ${this.maybeAlter(value)} at the ${keyword}${object}`;
  }

  private frame(core: string): string {
    const opener = this.opener();
    // After "noted that", a sentence's own first word is no longer its first.
    const body = opener && /^(The|This|In|It|As|Also|Another|According|However|Instead|Shortly)\b/.test(core) ? core.charAt(0).toLowerCase() + core.slice(1) : core;
    return `${opener}${body}${this.closer()}.`;
  }

  private opener(): string {
    const r = this.rng;
    return r.pick([
      () => '',
      () => '',
      () => `In ${r.pick(MONTHS)} ${r.int(1992, 2024)}, `,
      () => `According to ${this.name(r.pick(this.people))}, `,
      () => `Observers in ${this.name(r.pick(this.places))} noted that `,
      () => `As ${this.link()} put it, `,
      () => `By ${r.int(2, 40)} accounts, `,
      () => 'Officials confirmed that ',
      () => `Writing on ${r.int(1, 28)} ${r.pick(MONTHS)}, ${this.name(r.pick(this.people))} recalled that `,
    ])();
  }

  private closer(): string {
    const r = this.rng;
    return r.pick([
      () => '',
      () => '',
      () => `, ${this.name(r.pick(this.people))} said`,
      () => `, ${r.int(2, 90)} days later`,
      () => ` (see ${this.link()})`,
      () => `, according to \`report-${r.int(100, 999)}\``,
      () => `, a point repeated in ${r.int(1995, 2024)}`,
      () => `, as **${this.name(r.pick(this.places))}** reported on ${r.pick(MONTHS)} ${r.int(1, 28)}`,
    ])();
  }

  /** Any spelling writers use: the name, or one of its aliases. */
  private name(e: Entity): string {
    return this.rng.chance(0.6) || e.aliases.length === 0 ? e.name : this.rng.pick(e.aliases);
  }

  /** One number in the text altered by a slip (a day, a year, a digit), one time in six. */
  private maybeAlter(text: string): string {
    const numbers = [...text.matchAll(/\d[\d,.]*\d|\d/g)];
    if (numbers.length === 0 || !this.rng.chance(1 / 6)) return text;
    const m = this.rng.pick(numbers);
    return text.slice(0, m.index) + this.slip(m[0]) + text.slice(m.index! + m[0].length);
  }

  private slip(number: string): string {
    const n = Number(number.replace(/,/g, ''));
    if (Number.isInteger(n) && n >= 1900 && n <= 2100) return String(n + this.rng.pick([-2, -1, 1, 2]));
    if (Number.isInteger(n) && n <= 31) return String(Math.max(1, n + this.rng.pick([-1, 1, 2])));
    const i = this.rng.int(0, number.length - 1);
    return /\d/.test(number[i]) ? number.slice(0, i) + String((Number(number[i]) + 1) % 10) + number.slice(i + 1) : number;
  }
}

type DateStyle = 'us' | 'day-first' | 'short' | 'iso';
const STYLES: DateStyle[] = ['us', 'day-first', 'short', 'iso'];

/** A fact's value as a writer would put it, when it has one in words. */
function valueText(fact: Fact, style: DateStyle): string | undefined {
  const v = fact.value;
  switch (v.type) {
    case 'date':
      return formatDate(v.date, style);
    case 'dateRange':
      return `${formatDate(v.from, style)} to ${formatDate(v.to, style)}`;
    case 'count':
      return `${v.amount} ${v.noun}${v.amount === 1 ? '' : 's'}`;
    case 'ordinal':
      return `${v.amount}${ordinalSuffix(v.amount)} ${v.noun}`;
    case 'quantity':
      return `${v.amount.toLocaleString('en-US')} ${v.unit === 'km' ? 'kilometers' : 'miles'}`;
    case 'money':
      if (v.amount >= 1e12) return `$${+(v.amount / 1e12).toFixed(1)} trillion`;
      return v.amount >= 1e9 ? `$${+(v.amount / 1e9).toFixed(1)} billion` : `$${+(v.amount / 1e6).toFixed(1)} million`;
    case 'age':
      return `${v.years} years old`;
    case 'duration':
      return `${v.amount} ${v.unit}s`;
    default:
      return undefined;
  }
}

function formatDate(d: CalendarDate, style: DateStyle): string {
  if (d.month === undefined) return d.season ? `${d.season} ${d.year}` : String(d.year);
  const month = MONTHS[d.month - 1];
  if (d.day === undefined) return `${month} ${d.year}`;
  if (style === 'iso') return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  if (style === 'day-first') return `${d.day} ${month} ${d.year}`;
  if (style === 'short') return `${month.slice(0, 3)}. ${d.day}, ${d.year}`;
  return `${month} ${d.day}, ${d.year}`;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function proseSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z“"])/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length >= 40 && s.length <= 400);
}
