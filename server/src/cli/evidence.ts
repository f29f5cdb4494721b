import * as path from 'node:path';
import type { Checker, SourcePassage } from '../engine/index';
import { sourceDate } from '../shared/sourceDetails';
import type { Citation, Evidence } from './report';

/** The quote behind a fact, where it stands in its source and who published it; the file is absolute. */
export function evidenceOf(checker: Checker, factBaseDir: string, factId: string): Evidence | undefined {
  const location = checker.quoteLocation(factId);
  const fact = checker.fact(factId);
  const source = location && citation(checker, location.sourceId);
  if (!location || !fact || !source) return undefined;
  return { file: path.join(factBaseDir, location.file), range: location.range, quote: fact.quote, fact: checker.describe(factId) ?? fact.event, source };
}

/** The source passage a misquoted quotation comes from, as evidence of the same shape. */
export function passageEvidence(checker: Checker, factBaseDir: string, passage: SourcePassage): Evidence | undefined {
  const source = citation(checker, passage.sourceId);
  if (!source) return undefined;
  return { file: path.join(factBaseDir, passage.file), range: passage.range, quote: passage.text, fact: `The passage as ${source.title} gives it`, source };
}

function citation(checker: Checker, sourceId: string): Citation | undefined {
  const source = checker.source(sourceId);
  if (!source) return undefined;
  return {
    title: source.title,
    ...(source.author ? { author: source.author } : {}),
    ...(source.date ? { date: sourceDate(source.date) } : {}),
    ...(source.url ? { url: source.url } : {}),
  };
}
