import type { z } from 'zod';
import type { FactBaseFiles } from '../api';
import { EntitiesFile, FactsFile, SourcesFile } from '../factbase/schema';
import type { KnownBase } from './types';

/**
 * What a fact base folder already holds, read leniently: a missing or invalid file
 * counts as empty, since extracting is how a new base starts (`facts check` is
 * where its problems are reported).
 */
export function knownBase(files: FactBaseFiles): KnownBase {
  const entities = parsed(files, 'entities.json', EntitiesFile);
  return {
    sources: parsed(files, 'sources.json', SourcesFile)?.sources ?? [],
    entities: entities?.entities ?? [],
    kinds: entities?.kinds,
    facts: parsed(files, 'facts.json', FactsFile)?.facts ?? [],
  };
}

function parsed<S extends z.ZodType>(files: FactBaseFiles, name: string, schema: S): z.infer<S> | undefined {
  const text = files.get(name);
  if (text === undefined) return undefined;
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
