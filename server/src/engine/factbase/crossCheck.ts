import type { Problem } from '../types';
import { at, type ParsedFile } from './parsedFile';
import { LineMap } from '../text/lineMap';
import { nearestPassage } from './nearestPassage';
import type { Entity, Fact, Source } from './schema';
import { sharedNames } from './sharedNames';
import { undeclaredKinds } from './undeclaredKinds';
import type { KindDeclarations } from './kinds';
import { unstatedValue } from './statedValue';

const DIFFERENCES_SHOWN = 3;

/**
 * What zod cannot see alone: ids that must exist, ids that must be unique, quotes that
 * must be verbatim. And, as warnings that leave the base usable: a value its quote does
 * not state, a name two entities share, a kind whose role the base does not declare;
 * `warnings: false` leaves these out, for a reader that only needs the base.
 */
export function crossCheck(
  sources: ParsedFile<{ sources: Source[] }>,
  entities: ParsedFile<{ entities: Entity[]; kinds?: KindDeclarations }>,
  facts: ParsedFile<{ facts: Fact[] }>,
  texts: ReadonlyMap<string, string>,
  warnings: boolean,
): Problem[] {
  const problems: Problem[] = [];
  const sourceIds = uniqueIds(sources, 'sources', sources.value.sources, problems);
  const entityIds = uniqueIds(entities, 'entities', entities.value.entities, problems);
  uniqueIds(facts, 'facts', facts.value.facts, problems);
  facts.value.facts.forEach((f, i) => {
    const path = (...rest: Array<string | number>) => ['facts', i, ...rest];
    if (!sourceIds.has(f.source)) problems.push(at(facts, path('source'), `unknown source "${f.source}"`));
    f.entities.forEach((e, j) => {
      if (!entityIds.has(e)) problems.push(at(facts, path('entities', j), `unknown entity "${e}"`));
    });
    for (const key of ['entity', 'person', 'of'] as const) {
      const ref = (f.value as Record<string, unknown>)[key];
      if (typeof ref === 'string' && !entityIds.has(ref)) problems.push(at(facts, path('value', key), `unknown entity "${ref}"`));
    }
    const text = texts.get(f.source);
    if (text !== undefined && !text.includes(f.quote)) {
      const file = sources.value.sources.find((s) => s.id === f.source)!.file;
      problems.push(at(facts, path('quote'), `the quote does not occur verbatim in source "${f.source}"${misquote(f.quote, text, `sources/${file}`)}`));
    }
    const unstated = warnings && unstatedValue(f);
    if (unstated) problems.push(warning(at(facts, path('value'), unstated)));
  });
  if (!warnings) return problems;
  for (const s of sharedNames(entities.value.entities)) {
    const where = s.alias === undefined ? ['name'] : ['aliases', s.alias];
    problems.push(warning(at(entities, ['entities', s.entity, ...where], `"${s.name}" is also a name of entity "${s.otherId}": a draft that uses it could mean either`)));
  }
  for (const u of undeclaredKinds(entities.value.entities, entities.value.kinds)) {
    const count = u.count > 1 ? ` (${u.count} entities)` : '';
    const message = `kind "${u.kind}"${count} has no declared role, so it is read as a thing, neither a place nor a party: declare it in entities.json, e.g. "kinds": { "${u.kind}": { "role": "place" } }, with the role "person", "party", "place", "area" or "thing"`;
    problems.push(warning(at(entities, ['entities', u.entity, 'kind'], message)));
  }
  return problems;
}

function warning(problem: Problem): Problem {
  return { ...problem, severity: 'warning' };
}

function uniqueIds(parsed: ParsedFile<unknown>, key: string, items: Array<{ id: string }>, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) problems.push(at(parsed, [key, i, 'id'], `duplicate id "${item.id}"`));
    seen.add(item.id);
  });
  return seen;
}

/** Where the quote comes closest in its source and how it differs, for the writer to copy the passage. */
function misquote(quote: string, text: string, file: string): string {
  const near = nearestPassage(quote, text);
  if (!near) return ': no passage of the source comes close';
  const { line, character } = new LineMap(text).position(near.start);
  const shown = near.differences.slice(0, DIFFERENCES_SHOWN).join('; ');
  const more = near.differences.length > DIFFERENCES_SHOWN ? ` (and ${near.differences.length - DIFFERENCES_SHOWN} more)` : '';
  return `: the nearest passage, at ${file}:${line + 1}:${character + 1}, reads "${text.slice(near.start, near.end)}"${shown ? `; ${shown}${more}` : ''}`;
}
