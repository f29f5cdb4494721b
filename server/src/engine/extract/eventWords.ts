import { stem } from '../text/stem';
import type { SourceSentence } from './found';

/** Words of an event that happens somewhere and that someone takes part in. */
const EVENT_STEMS = new Set(
  ['visit', 'visited', 'trip', 'meeting', 'met', 'held', 'hosted', 'summit', 'session', 'talks', 'conference', 'forum', 'signed', 'attended', 'gathered', 'match', 'taken', 'took', 'ceremony', 'negotiations', 'exercise', 'drills'].map(stem),
);

/** Does the sentence speak of an event: a meeting, a visit, a summit, an exercise? */
export function speaksOfEvent(s: SourceSentence): boolean {
  return s.read.ctx.words.some((w) => EVENT_STEMS.has(w.stem));
}
