/**
 * Writes the JSON Schemas of the fact base files from the zod schema, so that an
 * editor validates facts/*.json as they are typed. `npm test` fails when they are stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { schemaFiles } from '../server/src/engine/factbase/jsonSchemas';

const dir = path.resolve(__dirname, '..', 'facts', 'schema');
fs.mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(schemaFiles())) {
  fs.writeFileSync(path.join(dir, name), text);
  console.log(`wrote facts/schema/${name}`);
}
