import { CALENDAR_WORDS } from '../claims/calendar';
import type { Mention } from '../claims/names';
import { contradiction } from '../rules/contradiction';
import type { Accumulator } from './accumulator';
import { slotComparison } from './comparisons';
import { commonEntity, keywordNear, namedNear, wordsBefore } from '../binding/context';
import { decide } from './decide';
import { isParty, isPlace } from '../factbase/kinds';
import type { CheckerParts } from './parts';
import type { ReadSentence } from '../claims/sentence';

const PLACE = /\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})(?![\p{L}’'-])(?!\s*\d)/gu;
/** A place or a chair is read as an event's only when the event's word stands close by ("met … in Sochi"). */
const SLOT_WORD_DISTANCE = 4;
/** First words after "in" or "at" that start no place: the calendar, determiners, forms of address. */
const NOT_PLACES = new Set([...CALENDAR_WORDS, 'mr', 'mrs', 'dr', 'the', 'this', 'that', 'these', 'those', 'our', 'his', 'her', 'their', 'its', 'it']);
/** A table column of places: "| 2022-11-23 | Minsk | CSTO Collective Security Council |". */
const PLACE_COLUMN = /\b(city|place|venue|location|where|host)\b/i;
const NAME_CELL = /^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}$/u;

type PlaceClaim = Pick<Mention, 'start' | 'end' | 'text'> & { entityId?: string };

/** Where sourced events took place, and who chairs what. */
export function judgePlaces(parts: CheckerParts, read: ReadSentence, masked: string, out: Accumulator): void {
  const slice = masked.slice(read.ctx.start, read.ctx.end);
  const places: Array<[number, string]> = [...slice.matchAll(PLACE)].map((m) => [read.ctx.start + (m.index ?? 0) + m[0].length - m[1].length, m[1]]);
  for (const cell of read.cells) {
    const text = masked.slice(cell.start, cell.end);
    if (cell.header && PLACE_COLUMN.test(cell.header) && NAME_CELL.test(text)) places.push([cell.start, text]);
  }
  for (const [start, name] of places) {
    const claim = placeClaim(parts, read, masked, start, name);
    if (claim) judgeSlot(parts, read, out, claim, new Set(['place']));
  }
  for (const mention of read.ctx.mentions) {
    if (isParty(mention.role) && !mention.demonym) judgeSlot(parts, read, out, { ...mention }, new Set(['chair']));
  }
}

/**
 * "The council held in late May 2019 in Moscow": a date between the event's word and the
 * place tells when, and leaves the place as near the word as a reader hears it.
 */
function dateWordsBefore(read: ReadSentence, at: number): number {
  const before = wordsBefore(read.ctx, at);
  const window = read.ctx.words.slice(Math.max(0, before - SLOT_WORD_DISTANCE - DATE_WORDS_SKIPPED), before);
  const dated = window.filter((w) => read.ctx.dates.some((d) => d.start <= w.start && w.end <= d.end));
  return Math.min(DATE_WORDS_SKIPPED, dated.length);
}

/** The longest date a place's event word is heard across: "on the nineteenth of August 2022". */
const DATE_WORDS_SKIPPED = 5;

function judgeSlot(parts: CheckerParts, read: ReadSentence, out: Accumulator, claim: PlaceClaim, slots: ReadonlySet<string>): void {
  const common = (e: string) => commonEntity(parts.index, e);
  const cmp = slotComparison(claim.entityId, parts.index, slots, (f) => namedNear(read.ctx, f, claim.start, claim.end, SLOT_WORD_DISTANCE, common));
  const reach = SLOT_WORD_DISTANCE + dateWordsBefore(read, claim.start);
  const near = read.candidates.filter((f) => cmp.compatible(f) && keywordNear(read.ctx, f, claim.start, claim.end, reach));
  if (near.length === 0) return;
  const verdict = decide(parts.index, read.ctx, near, [claim.start, claim.end], cmp, new Set());
  if (verdict.kind === 'supported') {
    out.support('name', claim.start, claim.end, claim.text, verdict.fact.fact.id, verdict.fact.fact.source);
    return;
  }
  if (verdict.kind !== 'contradicted' || verdict.fact.fact.value.type !== 'entity') return;
  const sourced = verdict.fact.fact.value.entity;
  if (read.ctx.mentions.some((m) => m.entityId === sourced)) return;
  const entity = parts.entities.get(sourced);
  out.finding(claim.start, claim.end, (range) =>
    contradiction({
      rule: 'name-contradiction',
      range,
      claimText: claim.text,
      expected: entity?.name,
      sourcedValue: entity?.name ?? sourced,
      fact: verdict.fact.fact,
      source: parts.sources.get(verdict.fact.fact.source),
      quoted: read.quotedAt(claim.start),
    }),
  );
}

function placeClaim(parts: CheckerParts, read: ReadSentence, masked: string, start: number, name: string): PlaceClaim | undefined {
  if (NOT_PLACES.has(name.split(/[\s-]/)[0].toLowerCase())) return undefined;
  const mention = read.ctx.mentions.find((x) => x.start <= start && start < x.end);
  const entityId = mention?.entityId;
  if (mention && !isPlace(mention.role)) return undefined;
  if (!entityId && parts.spelling.isKnownWord(name.split(/\s+/)[0])) return undefined;
  const end = mention ? mention.end : start + name.length;
  return { start, end, text: masked.slice(start, end), entityId };
}
