import type { Mention } from '../claims/names';
import { statedWhen, type Found, type SourceSentence } from './found';

const CHAIRING = 'chair(?:manship|personship)';
/** The chair named before the word: "Belarus will be the next to chair", "Kazakhstan chairs", "Armenia took over the rotating chairmanship". */
const CHAIRS_AFTER_NAME = new RegExp(
  '^\\s+(?:(?:will|shall|would|is\\s+to|was\\s+to|is\\s+set\\s+to|currently|also|(?:will\\s+be|is|was|became)\\s+the\\s+next\\s+to)\\s+)?(?:chair|chairs|chaired|chairing)\\b' +
    `|^\\s+(?:(?:will|is\\s+to|is\\s+set\\s+to)\\s+)?(?:take|takes|took|assume|assumes|assumed|hold|holds|held)\\s+(?:over\\s+)?the\\s+(?:\\p{Ll}+\\s+)?${CHAIRING}\\b`,
  'u',
);
/** "Armenia’s chairmanship", "Belarus' rotating chairmanship", "the Kazakh chairmanship". */
const OWNED = new RegExp(`^\\s+(?:\\p{Ll}+\\s+)?${CHAIRING}\\b`, 'u');
const POSSESSIVE = /[’']s?$/;
/** The chair named after the word: "the chairmanship passes to Belarus", "chaired by Armenia", "under the chairmanship of Kazakhstan". */
const CHAIRS_BEFORE_NAME = new RegExp(
  `\\b(?:(?:chair|${CHAIRING})\\s+(?:passes|passed|goes|went|moves|moved|will\\s+pass|will\\s+go|will\\s+move)\\s+to|chaired\\s+by|under\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+)?${CHAIRING}\\s+of)\\s+(?:the\\s+)?$`,
  'u',
);
const LEAD = 60;

/** The countries and bodies a sentence says chair, chaired or will chair something: a meeting, an organization. */
export function chairValues(s: SourceSentence): Found[] {
  const { masked, read } = s;
  const when = statedWhen(s);
  const seen = new Set<string>();
  return read.ctx.mentions.flatMap((m) => {
    if (seen.has(m.entityId) || !chairs(masked, m, read.ctx.start, read.ctx.end)) return [];
    seen.add(m.entityId);
    return [{ value: { type: 'entity' as const, slot: 'chair' as const, entity: m.entityId }, span: { start: m.start, end: m.end }, label: 'chair', when }];
  });
}

/** A person chairs a meeting as a title of theirs; a country or a body holds the chair of something. */
function chairs(masked: string, m: Mention, start: number, end: number): boolean {
  if (m.role !== 'party' && m.role !== 'area') return false;
  const after = masked.slice(m.end, Math.min(end, m.end + LEAD));
  const owner = /^[’']s?/.exec(after)?.[0] ?? '';
  if (m.demonym || owner || POSSESSIVE.test(m.text)) return OWNED.test(after.slice(owner.length));
  return CHAIRS_AFTER_NAME.test(after) || CHAIRS_BEFORE_NAME.test(masked.slice(Math.max(start, m.start - LEAD), m.start));
}
