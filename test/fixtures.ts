import * as fs from 'node:fs';
import * as path from 'node:path';

/** The text of a file under test/fixtures, so that specs read their inputs without file-system code of their own. */
export function fixtureText(name: string): string {
  return fs.readFileSync(path.resolve(__dirname, 'fixtures', name), 'utf8');
}
