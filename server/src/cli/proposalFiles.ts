import type { Proposals } from '../engine/index';

/** The drafts' file names and text; each names the schema of the curated file it is to be merged into. */
export function draftFiles(p: Proposals): Record<string, string> {
  const json = (schema: string, key: string, items: unknown[]) => `${JSON.stringify({ $schema: `./schema/${schema}.schema.json`, [key]: items }, null, 2)}\n`;
  return {
    'facts.draft.json': json('facts', 'facts', p.facts),
    'entities.draft.json': json('entities', 'entities', p.entities),
    'sources.draft.json': json('sources', 'sources', p.sources),
  };
}
