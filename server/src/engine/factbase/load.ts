import { parseTree, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import type { FactBase, FactBaseFiles, LoadOptions, LoadResult } from '../api';
import type { Problem } from '../types';
import { EntitiesFile, FactsFile, SourcesFile } from './schema';
import { crossCheck } from './crossCheck';
import { describeSyntaxError } from './jsonSyntax';
import { at, ParsedFile } from './parsedFile';
import { LineMap } from '../text/lineMap';
import { shareStrings } from './sharedStrings';

/**
 * Reads and validates a fact base from its files' text. Every problem comes back
 * as data with its file, line and column; the fact base is returned only when
 * none of them is an error, so a host can keep its last good one.
 */
export function loadFactBase(files: FactBaseFiles, options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  const sources = parseFile(files, 'sources.json', SourcesFile, problems);
  const entities = parseFile(files, 'entities.json', EntitiesFile, problems);
  const facts = parseFile(files, 'facts.json', FactsFile, problems);
  if (!sources || !entities || !facts) return { problems };
  const texts = new Map<string, string>();
  for (const s of sources.value.sources) {
    const text = files.get(`sources/${s.file}`);
    if (text === undefined) problems.push(at(sources, ['sources', sources.value.sources.indexOf(s), 'file'], `source text sources/${s.file} is missing`));
    else texts.set(s.id, text);
  }
  problems.push(...crossCheck(sources, entities, facts, texts, options.warnings ?? true));
  if (problems.some(blocksLoading)) return { problems };
  const factBase: FactBase = {
    sources: sources.value.sources,
    entities: entities.value.entities,
    kinds: entities.value.kinds,
    facts: shareStrings(facts.value.facts),
    texts,
  };
  return { factBase, problems };
}

function parseFile<S extends z.ZodType>(files: FactBaseFiles, file: string, schema: S, problems: Problem[]): ParsedFile<z.infer<S>> | undefined {
  const text = files.get(file);
  if (text === undefined) {
    problems.push({ file, line: 0, character: 0, message: `${file} is missing from the fact base` });
    return undefined;
  }
  const json = parseJson(text);
  if (json === undefined) {
    problems.push(syntaxError(file, text));
    return undefined;
  }
  const result = schema.safeParse(json.value);
  if (result.success) return new ParsedFile(file, text, result.data);
  const parsed = new ParsedFile(file, text, undefined);
  for (const issue of result.error.issues) {
    const path = issue.path as Array<string | number>;
    const where = path.length ? ` at ${path.join('.')}` : '';
    problems.push({ file, ...parsed.lines.position(parsed.offset(path)), message: `${issue.message}${where}` });
  }
  return undefined;
}

/** JSON.parse is strict JSON and many times faster than a syntax tree; only a text it rejects is parsed again to explain why. */
function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

function syntaxError(file: string, text: string): Problem {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors.length > 0 ? describeSyntaxError(text, errors[0]) : { offset: 0, message: 'not a JSON value' };
  return { file, ...new LineMap(text).position(first.offset), message: `invalid JSON: ${first.message}` };
}

export function blocksLoading(problem: Problem): boolean {
  return problem.severity !== 'warning';
}
