import type { Mention } from '../claims/names';
import type { Role } from '../factbase/kinds';
import { speaksOfEvent } from './eventWords';
import { statedWhen, type Found, type SourceSentence } from './found';
import { namesAfter, namesBefore, type NameList } from './nameList';
import type { Span } from './quote';

/** Words the list of who took part follows: "The meeting gathered …", "was attended by …", "Participants included …". */
const LIST_FOLLOWS = /\b(?:gathered|brought\s+together|attended\s+by|joined\s+by|together\s+with|participation\s+of|(?:participants|delegations?|attendees|guests)\s+(?:were|included|include))\s+/gi;
/** Words it comes before: "Mongolia and Pakistan … were involved", "Kazakhstan participated in …". */
const LIST_PRECEDES = /\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:involved|participated|participates?|took\s+part|takes?\s+part|attended|attends?|gathered|joined)\b/gi;
/** Where a list before its verb begins at the latest: "…, in which Mongolia and Pakistan were involved". */
const CLAUSE_OPENER = /\b(?:which|who|whom|where|when|while|because|after|before|that)\s+/gi;
/** Who can take part: people, bodies and countries, not a city or a thing. */
const TAKES_PART = new Set<Role>(['person', 'party', 'area']);

/** The people, bodies and countries a sentence about an event lists as taking part in it. */
export function participantValues(s: SourceSentence): Found[] {
  if (!speaksOfEvent(s)) return [];
  const { masked, read } = s;
  const { start, end, mentions } = read.ctx;
  const fits = (m: Mention) => !m.demonym && TAKES_PART.has(m.role);
  const text = masked.slice(start, end);
  const lists = [
    ...[...text.matchAll(LIST_FOLLOWS)].map((t) => namesAfter(masked, start + t.index! + t[0].length, end, mentions, fits)),
    ...[...text.matchAll(LIST_PRECEDES)].map((t) => {
      const opener = Math.max(0, ...[...text.slice(0, t.index).matchAll(CLAUSE_OPENER)].map((o) => o.index! + o[0].length));
      return namesBefore(masked, start + opener, start + t.index!, mentions, fits);
    }),
  ];
  const when = statedWhen(s);
  const seen = new Set<string>();
  const listed = lists.flatMap((list) => list.names.map((l) => ({ ...l, list }))).sort((a, b) => a.name.start - b.name.start);
  return listed.flatMap(({ name, item, list }) => {
    if (seen.has(name.entityId)) return [];
    seen.add(name.entityId);
    const value = { type: 'entity' as const, slot: 'participant' as const, entity: name.entityId };
    return [{ value, span: { start: name.start, end: name.end }, label: 'participant', when, others: othersListed(list, item, mentions) }];
  });
}

/** The names of a list's other items: Putin's attending is no fact about Armenia, whose Prime Minister is listed next. */
function othersListed(list: NameList, own: Span, mentions: readonly Mention[]): string[] {
  const inOther = (m: Mention) => list.items.some((item) => item !== own && m.start >= item.start && m.end <= item.end);
  const ownIds = new Set(mentions.filter((m) => m.start >= own.start && m.end <= own.end).map((m) => m.entityId));
  return [...new Set(mentions.filter(inOther).map((m) => m.entityId))].filter((id) => !ownIds.has(id));
}
