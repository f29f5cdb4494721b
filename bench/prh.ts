import * as fs from 'node:fs';
import * as path from 'node:path';
import { readRealBase } from './factBases';

/**
 * textlint's closest analogue of Source Check's name checks: a prh dictionary that maps
 * every spelling variant of a fact base's names to the canonical name. Short forms the
 * name contains ("Tokayev" in "Kassym-Jomart Tokayev") are not variants to correct.
 */
export function writeTextlintConfig(dir: string): string {
  const rules = readRealBase()
    .entities.map((e) => ({ expected: e.name, patterns: e.aliases.filter((a) => !e.name.includes(a)).map(literal) }))
    .filter((r) => r.patterns.length > 0);
  // JSON strings are valid YAML scalars, and need no escaping rules of their own.
  const yaml = ['version: 1', 'rules:', ...rules.flatMap((r) => [`  - expected: ${JSON.stringify(r.expected)}`, '    patterns:', ...r.patterns.map((p) => `      - ${JSON.stringify(p)}`)])];
  fs.mkdirSync(dir, { recursive: true });
  const dictionary = path.join(dir, 'names.prh.yml');
  fs.writeFileSync(dictionary, `${yaml.join('\n')}\n`);
  const config = path.join(dir, 'textlintrc.json');
  fs.writeFileSync(config, JSON.stringify({ rules: { prh: { rulePaths: [dictionary] } } }, null, 2));
  return config;
}

/**
 * A name as a prh regular expression. prh's own escaping of plain strings writes "\-",
 * which its Unicode-mode regular expressions reject; outside a class "-" needs none.
 */
function literal(name: string): string {
  return `/${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`;
}
