import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../engine/index';
import { CONFIG_FILE_NAMES } from '../shared/config';
import { writeAtomic } from './writeAtomic';

export class InitError extends Error {}

/**
 * Writes a starter sourcecheck.config.json that explains itself. It has comments, as
 * tsconfig.json does: the loader reads JSON with comments, and the extension tells VS
 * Code so. Every setting is written with its default, so the file changes nothing
 * until it is edited. `$schema` points at the schema shipped with this copy of the tool.
 */
export function writeStarterConfig(cwd: string, schemaFile: string): string {
  for (const name of CONFIG_FILE_NAMES) {
    if (fs.existsSync(path.join(cwd, name))) throw new InitError(`${name} already exists here: edit it, or remove it first`);
  }
  const file = path.join(cwd, CONFIG_FILE_NAMES[0]);
  let schema = path.relative(cwd, schemaFile).split(path.sep).join('/');
  if (!schema.startsWith('.')) schema = `./${schema}`;
  writeAtomic(file, starterText(schema));
  return file;
}

function starterText(schema: string): string {
  return `// Source Check's settings for the drafts in this folder and below it.
// The CLI and the editor both read the nearest such file above a draft.
{
  "$schema": ${JSON.stringify(schema)},

  // The fact base folder (sources.json, entities.json, facts.json, sources/), relative
  // to this file. Leave it out to use the fact base bundled with Source Check.
  // "factBase": "facts",

  // Which files in a checked folder are drafts, and which drafts never to check
  // (even when named on the command line). Globs relative to this file.
  "include": ["**/*.md", "**/*.markdown", "**/*.mdx"],
  "ignore": [],

  // Each rule's severity: "error", "warning", "info", "hint", or "off" to silence it.
  // Errors make \`sourcecheck check\` exit with 1.
  "severity": {
${RULES.map((r) => `    ${JSON.stringify(r.id)}: ${JSON.stringify(r.severity)}`).join(',\n')}
  },

  // How far a hedged figure ("about 4,750 miles") may stray from the sourced one and
  // still count as a rounding of it: 0.05 is 5 %. Bare figures must be exact.
  "roundingTolerance": 0.05
}
`;
}
