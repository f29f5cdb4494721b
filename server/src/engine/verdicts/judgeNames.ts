import type { Mention } from '../claims/names';
import { contradiction } from '../rules/contradiction';
import { nameSpelling } from '../rules/nameSpelling';
import type { Accumulator } from './accumulator';
import { slotComparison } from './comparisons';
import { keywordNear } from './context';
import { decide } from './decide';
import type { CheckerParts } from './parts';
import { normalizeTitle } from './roles';
import type { ReadSentence } from './sentence';
import type { NameToken } from '../claims/names';

const PLACE = /\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})(?![\p{L}’'-])(?!\s*\d)/gu;
const PLACE_KINDS = new Set(['city', 'country']);
/** A place or a chair is read as an event's only when the event's word stands close by ("met … in Sochi"). */
const SLOT_WORD_DISTANCE = 4;
const NOT_PLACES = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mr|Mrs|Dr|The|This|That|These|Those|Our|His|Her|Their|Its|It|Spring|Summer|Autumn|Winter|Fall)\b/;

/** Known names in a sentence: who holds which title, where events took place, near misses of names. */
export function judgeNames(parts: CheckerParts, read: ReadSentence, masked: string, tokens: NameToken[], out: Accumulator): void {
  for (const m of read.ctx.mentions) out.mention(m.start, m.end, m.text, m.entityId);
  judgeTitles(parts, read, masked, out);
  judgePlaces(parts, read, masked, out);
  for (const s of parts.spelling.suspects(tokens, read.ctx.mentions)) {
    out.finding(s.start, s.end, (range) => nameSpelling(range, s.text, s.suggestion, parts.entities.get(s.entityId)));
  }
}

function judgeTitles(parts: CheckerParts, read: ReadSentence, masked: string, out: Accumulator): void {
  const isPerson = (id: string) => parts.entities.get(id)?.kind === 'person';
  for (const t of parts.titles.find(masked, read.ctx.start, read.ctx.mentions, isPerson)) {
    const roles = parts.index.roles(t.personId);
    if (roles.length === 0) continue;
    const match = roles.find((r) => r.fact.value.type === 'role' && normalizeTitle(r.fact.value.title) === normalizeTitle(t.text));
    if (match) {
      out.support('name', t.start, t.end, t.text, match.fact.id, match.fact.source);
      continue;
    }
    const role = roles[0];
    if (role.fact.value.type !== 'role') continue;
    const title = role.fact.value.title;
    out.finding(t.start, t.end, (range) =>
      contradiction({
        rule: 'name-contradiction',
        range,
        claimText: t.text,
        expected: /^\p{Lu}/u.test(t.text) ? titleCase(title) : title.toLowerCase(),
        sourcedValue: `${parts.entities.get(t.personId)?.name ?? t.personId} is ${title}`,
        fact: role.fact,
        source: parts.sources.get(role.fact.source),
      }),
    );
  }
}

function judgePlaces(parts: CheckerParts, read: ReadSentence, masked: string, out: Accumulator): void {
  const slice = masked.slice(read.ctx.start, read.ctx.end);
  for (const m of slice.matchAll(PLACE)) {
    const start = read.ctx.start + (m.index ?? 0) + m[0].length - m[1].length;
    const name = m[1];
    if (NOT_PLACES.test(name)) continue;
    const mention = read.ctx.mentions.find((x) => x.start <= start && start < x.end);
    const entityId = mention?.entityId;
    if (entityId && !PLACE_KINDS.has(parts.entities.get(entityId)?.kind ?? '')) continue;
    if (!entityId && parts.spelling.isKnownWord(name.split(/\s+/)[0])) continue;
    const end = mention ? mention.end : start + name.length;
    judgeSlot(parts, read, out, { start, end, text: masked.slice(start, end), entityId }, new Set(['place']));
  }
  for (const mention of read.ctx.mentions) {
    const kind = parts.entities.get(mention.entityId)?.kind;
    if (kind === 'country' && !mention.demonym) judgeSlot(parts, read, out, { ...mention }, new Set(['chair']));
  }
}

function judgeSlot(parts: CheckerParts, read: ReadSentence, out: Accumulator, claim: Pick<Mention, 'start' | 'end' | 'text'> & { entityId?: string }, slots: ReadonlySet<string>): void {
  const kindOf = (id: string) => parts.entities.get(id)?.kind;
  const cmp = slotComparison(claim.entityId, kindOf, slots);
  const near = read.candidates.filter((f) => cmp.compatible(f) && keywordNear(read.ctx, f, claim.start, claim.end, SLOT_WORD_DISTANCE));
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
    }),
  );
}

function titleCase(title: string): string {
  return title.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}
