import * as fs from 'node:fs';
import * as path from 'node:path';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { CONFIG_FILE_NAMES, ConfigSchema, type LoadedConfig } from '../shared/config';

/** A config file that cannot be used: which file, where in it, which key, and why. */
export interface ConfigProblem {
  file: string;
  /** 0-based. */
  line: number;
  character: number;
  /** The offending key as a dotted path ("severity.date-contradiction"); empty for a syntax error. */
  key: string;
  message: string;
}

export type ConfigLookup = { config?: LoadedConfig } | { problem: ConfigProblem };

/** The config file nearest to `dir`, walking up to the filesystem root; the first name wins within a folder. */
export function findConfigFile(dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(current, name);
      if (fs.existsSync(file)) return file;
    }
    if (path.dirname(current) === current) return undefined;
  }
}

/** The config that governs a draft in `dir`: none, a valid one, or the problem that stops it. */
export function lookUpConfig(dir: string): ConfigLookup {
  const file = findConfigFile(dir);
  return file ? readConfig(file) : {};
}

/** Comments and trailing commas are allowed, as in tsconfig.json: the starter config explains itself. */
export function readConfig(file: string): ConfigLookup {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { problem: { file, line: 0, character: 0, key: '', message: `cannot read: ${(e as Error).message}` } };
  }
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0) {
    const [first] = errors;
    return { problem: { file, ...lineAndCharacter(text, first.offset), key: '', message: `not valid JSON: ${printParseErrorCode(first.error)}` } };
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (parsed.success) return { config: { file, dir: path.dirname(file), config: parsed.data } };
  const issue = parsed.error.issues[0];
  const keyPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  const node = locate(text, keyPath as Array<string | number>, issue.code === 'unrecognized_keys');
  const message = issue.code === 'unrecognized_keys' ? `unknown key` : issue.message;
  return { problem: { file, ...lineAndCharacter(text, node?.offset ?? 0), key: keyPath.join('.'), message } };
}

/** The value at a key path, or its key when the key itself is the trouble. */
function locate(text: string, keyPath: Array<string | number>, atKey: boolean): Node | undefined {
  const tree = parseTree(text);
  const value = tree && findNodeAtLocation(tree, keyPath);
  return atKey ? value?.parent?.children?.[0] ?? value : value ?? tree;
}

function lineAndCharacter(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** "file:3:5: severity.date-contradiction: message", the form the CLI and the editor both show. */
export function describeConfigProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line + 1}:${p.character + 1}: ${p.key ? `"${p.key}": ` : ''}${p.message}`;
}
