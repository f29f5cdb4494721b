import { nameSpelling } from '../rules/nameSpelling';
import type { Accumulator } from './accumulator';
import { judgePlaces } from './judgePlaces';
import { judgeTitles } from './judgeTitles';
import type { CheckerParts } from './parts';
import type { ReadSentence } from '../claims/sentence';

/** Known names in a sentence: who holds which title, where events took place, near misses of names. */
export function judgeNames(parts: CheckerParts, read: ReadSentence, masked: string, out: Accumulator): void {
  for (const m of read.ctx.mentions) out.mention(m.start, m.end, m.text, m.entityId);
  judgeTitles(parts, read, masked, out);
  judgePlaces(parts, read, masked, out);
  for (const s of read.suspects) {
    out.finding(s.start, s.end, (range) => nameSpelling(range, s.text, s.suggestion, parts.entities.get(s.entityId)));
  }
}
