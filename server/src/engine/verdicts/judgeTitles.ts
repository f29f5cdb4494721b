import { contradiction } from '../rules/contradiction';
import type { Accumulator } from './accumulator';
import type { CheckerParts } from './parts';
import { inWritersForm, normalizeTitle, type TitleClaim } from '../claims/titles';
import type { ReadSentence } from '../claims/sentence';
import { titleSlip } from './titleSlip';

/** "former Home Secretary", "then-Prime Minister": a title held at another time than the one the sources give. */
const ANOTHER_TIME = /\b(?:former|ex|then|onetime|one-time|erstwhile|late|future|incoming|outgoing|later)[\s-]+$/i;

/** A table column of titles: "| Stanislav Pritchin | Deputy head, Center for … |". */
const TITLE_COLUMN = /\b(role|title|position|post|job|office)\b/i;

/** Who holds which title: "Armenian President Nikol Pashinyan" when the sources say Prime Minister. */
export function judgeTitles(parts: CheckerParts, read: ReadSentence, masked: string, out: Accumulator): void {
  const isPerson = (id: string) => parts.index.kindRoleOf(id) === 'person';
  for (const t of [...parts.titles.find(masked, read.ctx.start, read.ctx.mentions, isPerson), ...titleCells(parts, read, masked, isPerson)]) {
    const roles = parts.index.roles(t.personId);
    if (roles.length === 0) continue;
    const match = roles.find((r) => r.fact.value.type === 'role' && sameOffice(r.fact.value.title, t.text));
    if (match) {
      out.support('name', t.start, t.end, t.text, match.fact.id, match.fact.source);
      continue;
    }
    // "Deputy Director Edgar M. Cortright", whom the sources call Chair and Director: the slip is of the post on its own ladder.
    const role = roles.find((r) => r.fact.value.type === 'role' && titleSlip(t.text, r.fact.value.title, () => false)) ?? roles[0];
    if (role.fact.value.type !== 'role' || ANOTHER_TIME.test(masked.slice(Math.max(0, t.start - 12), t.start))) continue;
    const title = role.fact.value.title;
    if (!titleSlip(t.text, title, (x) => parts.titles.givenBySources(x))) continue;
    out.finding(t.start, t.end, (range) =>
      contradiction({
        rule: 'name-contradiction',
        range,
        claimText: t.text,
        expected: inWritersForm(t.text, title) ?? (/^\p{Lu}/u.test(t.text) ? titleCase(title) : title.toLowerCase()),
        sourcedValue: `${parts.entities.get(t.personId)?.name ?? t.personId} is ${title}`,
        fact: role.fact,
        source: parts.sources.get(role.fact.source),
        quoted: read.quotedAt(t.start),
      }),
    );
  }
}

/**
 * One title holds another when either joins offices and one of them is the other:
 * "President and CEO" holds the CEO the sources give, and "Chairman, President and CEO"
 * holds "President".
 */
function sameOffice(sourced: string, stated: string): boolean {
  const [a, b] = [offices(sourced), offices(stated)];
  return a.some((x) => b.includes(x));
}

function offices(title: string): string[] {
  return normalizeTitle(title).split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean).map(normalizeTitle);
}

/** In a table, a title under a title column belongs to the person named in the same row. */
function titleCells(parts: CheckerParts, read: ReadSentence, masked: string, isPerson: (id: string) => boolean): TitleClaim[] {
  const person = read.ctx.mentions.find((m) => isPerson(m.entityId));
  if (!person) return [];
  return read.cells.flatMap((cell) => {
    if (!cell.header || !TITLE_COLUMN.test(cell.header)) return [];
    const title = parts.titles.leading(masked.slice(cell.start, cell.end));
    return title ? [{ start: cell.start, end: cell.start + title.length, text: title, personId: person.entityId }] : [];
  });
}

/** "Secretary of the Interior": the little words of a title stay lowercase. */
function titleCase(title: string): string {
  return title.replace(/\p{L}+/gu, (w, at: number) => (at > 0 && LITTLE_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1)));
}

const LITTLE_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'at', 'on', 'to', 'a', 'an']);
