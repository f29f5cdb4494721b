import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import type { FactBase, FactBaseFiles, LoadResult } from '../api';
import type { Problem } from '../types';
import { EntitiesFile, FactsFile, SourcesFile } from './schema';
import { crossCheck } from './crossCheck';
import { describeSyntaxError } from './jsonSyntax';
import { LineMap } from '../text/lineMap';

/**
 * Reads and validates a fact base from its files' text. Every problem comes back
 * as data with its file, line and column; the fact base is returned only when
 * none of them is an error, so a host can keep its last good one.
 */
export function loadFactBase(files: FactBaseFiles): LoadResult {
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
  problems.push(...crossCheck(sources, entities, facts, texts));
  if (problems.some(blocksLoading)) return { problems };
  const factBase: FactBase = {
    sources: sources.value.sources,
    entities: entities.value.entities,
    facts: facts.value.facts,
    texts,
  };
  return { factBase, problems };
}

export interface Parsed<T> {
  file: string;
  lines: LineMap;
  root: Node | undefined;
  value: T;
}

function parseFile<S extends z.ZodType>(files: FactBaseFiles, file: string, schema: S, problems: Problem[]): Parsed<z.infer<S>> | undefined {
  const text = files.get(file);
  if (text === undefined) {
    problems.push({ file, line: 0, character: 0, message: `${file} is missing from the fact base` });
    return undefined;
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const lines = new LineMap(text);
  if (errors.length > 0) {
    const first = describeSyntaxError(text, errors[0]);
    problems.push({ file, ...lines.position(first.offset), message: `invalid JSON: ${first.message}` });
  }
  if (errors.length > 0 || !root) return undefined;
  const result = schema.safeParse(JSON.parse(text));
  if (result.success) return { file, lines, root, value: result.data };
  for (const issue of result.error.issues) {
    const node = findNodeAtLocation(root, issue.path as Array<string | number>) ?? nearestNode(root, issue.path as Array<string | number>);
    const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
    problems.push({ file, ...lines.position(node?.offset ?? 0), message: `${issue.message}${where}` });
  }
  return undefined;
}

export function blocksLoading(problem: Problem): boolean {
  return problem.severity !== 'warning';
}

/** A problem at a JSON path of a parsed file. */
export function at(parsed: Parsed<unknown>, path: Array<string | number>, message: string): Problem {
  const node = parsed.root ? findNodeAtLocation(parsed.root, path) ?? nearestNode(parsed.root, path) : undefined;
  return { file: parsed.file, ...parsed.lines.position(node?.offset ?? 0), message: `${message} (at ${path.join('.')})` };
}

/** A missing key has no node: point at the object that should hold it. */
function nearestNode(root: Node, path: Array<string | number>): Node | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return node;
  }
  return undefined;
}

