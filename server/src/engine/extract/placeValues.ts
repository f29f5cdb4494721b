import { isPlace } from '../factbase/kinds';
import { speaksOfEvent } from './eventWords';
import { statedWhen, type Found, type SourceSentence } from './found';

/** "in Sochi", "at Astana", "visited Sochi"; "to Moscow" only after a word of travel. */
const AT_PLACE = /\b(?:in|at|visit(?:s|ed|ing)?)\s+(?:the\s+)?$/i;
const TO_PLACE = /\b(?:visit|visits|visited|trip|travel(?:s|ed|led)?|flew|arrived)\b(?:[^.;:]|\b(?:Mr|Mrs|Ms|Dr)\.){0,100}\bto\s+(?:the\s+)?$/i;
/** "Moscow will host talks": the place is the subject. */
const HOSTS = /^\s+(?:will\s+host|hosts|hosted|is\s+hosting|hosting)\b/i;

/** Known places named after "in" or "at" (or "to", after a visit, or as the host) in a sentence that speaks of an event. */
export function placeValues(s: SourceSentence): Found[] {
  const { read, masked } = s;
  if (!speaksOfEvent(s)) return [];
  const when = statedWhen(s);
  const seen = new Set<string>();
  return read.ctx.mentions.flatMap((m) => {
    const lead = masked.slice(Math.max(read.ctx.start, m.start - 120), m.start);
    if (m.demonym || !isPlace(m.role) || seen.has(m.entityId)) return [];
    if (!AT_PLACE.test(lead) && !TO_PLACE.test(lead) && !HOSTS.test(masked.slice(m.end, m.end + 24))) return [];
    seen.add(m.entityId);
    return [{ value: { type: 'entity' as const, slot: 'place' as const, entity: m.entityId }, span: { start: m.start, end: m.end }, label: 'place', when }];
  });
}
