import * as path from 'node:path';
import type { Checker } from '../engine/index';
import { sourceDate } from '../shared/sourceDetails';
import type { Evidence } from './report';

/** The quote behind a fact, where it stands in its source and who published it; the file is absolute. */
export function evidenceOf(checker: Checker, factBaseDir: string, factId: string): Evidence | undefined {
  const location = checker.quoteLocation(factId);
  const fact = checker.fact(factId);
  const source = location && checker.source(location.sourceId);
  if (!location || !fact || !source) return undefined;
  return {
    file: path.join(factBaseDir, location.file),
    range: location.range,
    quote: fact.quote,
    fact: checker.describe(factId) ?? fact.event,
    source: {
      title: source.title,
      ...(source.author ? { author: source.author } : {}),
      ...(source.date ? { date: sourceDate(source.date) } : {}),
      ...(source.url ? { url: source.url } : {}),
    },
  };
}
