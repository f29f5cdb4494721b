import type { Proposals, Source, SourceInput } from '../engine/index';

const json = (schema: string, key: string, items: unknown[]) => `${JSON.stringify({ $schema: `./schema/${schema}.schema.json`, [key]: items }, null, 2)}\n`;

/** The drafts' file names and text; each names the schema of the curated file it is to be merged into. */
export function draftFiles(p: Proposals): Record<string, string> {
  return {
    'facts.draft.json': json('facts', 'facts', p.facts),
    'entities.draft.json': json('entities', 'entities', p.entities),
    'sources.draft.json': json('sources', 'sources', p.sources),
  };
}

/**
 * A fact base of the proposals: the curated files' names, and each text under the file name
 * its entry gives, the listed entry of a source that has one, else the proposed one. Each
 * input has one of the two, so the entries come in the inputs' order.
 */
export function baseFiles(p: Proposals, inputs: readonly SourceInput[], listed: readonly Source[]): Record<string, string> {
  const proposed = p.sources.filter((s) => !listed.some((l) => l.file === s.file));
  const entries = inputs.map((input) => listed.find((s) => s.file === input.file) ?? proposed.shift()!);
  const texts = Object.fromEntries(entries.map((s, i) => [`sources/${s.file}`, inputs[i].text]));
  return {
    'facts.json': json('facts', 'facts', p.facts),
    'entities.json': json('entities', 'entities', p.entities),
    'sources.json': json('sources', 'sources', entries),
    ...texts,
  };
}
