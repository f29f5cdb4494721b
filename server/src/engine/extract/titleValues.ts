import type { Mention } from '../claims/names';
import type { Role } from '../factbase/kinds';
import type { TitleClaim } from '../claims/titles';
import { statedWhen, type Found, type SourceSentence } from './found';

/** What a title is of: a country or an organization, an area or a party. */
const OF_ROLES = new Set<Role | undefined>(['area', 'party']);
const OF_AFTER = /^\s+of\s+(?:the\s+)?$/;
const OF_BEFORE = /\s+of\s+(?:the\s+)?$/;
const PERSON_AFTER = /^,?\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$/;
const TITLE_REACH = 60;

/** The titles the engine reads before or after a person's name, with what they are titles of. */
export function titleValues(s: SourceSentence): Found[] {
  const { parts, read } = s;
  const roleOf = (id: string) => parts.index.kindRoleOf(id);
  const when = statedWhen(s) ?? (s.date ? { year: s.date.date.year } : undefined);
  const whenInferred = statedWhen(s) || !s.date ? undefined : { parts: ['year' as const], reason: `The title holds at the time of ${s.date.reason}.` };
  const titles = [...parts.titles.find(s.masked, read.ctx.start, read.ctx.mentions, (id) => roleOf(id) === 'person'), ...titlesOfBefore(s)];
  return titles.map((t) => {
    const person = read.ctx.mentions.find((m) => m.entityId === t.personId && (m.end <= t.start ? t.start - m.end < 80 : m.start >= t.end)) ?? t;
    const of = titleOf(s, t.start, t.end, (id) => OF_ROLES.has(roleOf(id)));
    const value = { type: 'role' as const, person: t.personId, title: t.text, ...(of ? { of: of.entityId } : {}) };
    const span = { start: Math.min(t.start, person.start, of?.start ?? t.start), end: Math.max(t.end, person.end, of?.end ?? t.end) };
    return { value, span, label: 'role', when, whenInferred };
  });
}

/**
 * "the President of Kazakhstan, Mr. Kassym-Jomart Tokayev", "Director of the … Center
 * Karlygash Nugmanova": a title of a country or an organization right before the person.
 */
function titlesOfBefore(s: SourceSentence): TitleClaim[] {
  const { masked, read, parts } = s;
  const out: TitleClaim[] = [];
  read.ctx.mentions.forEach((of, i) => {
    const person = read.ctx.mentions[i + 1];
    if (!person || person.role !== 'person' || !OF_ROLES.has(of.role)) return;
    if (!PERSON_AFTER.test(masked.slice(of.end, person.start))) return;
    const lead = masked.slice(Math.max(read.ctx.start, of.start - TITLE_REACH), of.start);
    const ofAt = OF_BEFORE.exec(lead);
    if (!ofAt) return;
    for (const w of lead.slice(0, ofAt.index).matchAll(/\p{L}+/gu)) {
      const title = parts.titles.leading(lead.slice(w.index));
      if (title && w.index! + title.length === ofAt.index) {
        const start = of.start - lead.length + w.index!;
        out.push({ start, end: start + title.length, text: title, personId: person.entityId });
        break;
      }
    }
  });
  return out;
}

/** "Kazakhstan President", "Russian President", "President of Kazakhstan". */
function titleOf(s: SourceSentence, start: number, end: number, fits: (id: string) => boolean): Mention | undefined {
  const mentions = s.read.ctx.mentions.filter((m) => fits(m.entityId));
  const before = mentions.find((m) => m.end <= start && /^\s?$/.test(s.masked.slice(m.end, start)));
  return before ?? mentions.find((m) => m.start >= end && OF_AFTER.test(s.masked.slice(end, m.start)));
}
