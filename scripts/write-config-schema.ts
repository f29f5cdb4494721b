/**
 * Writes the JSON Schema of sourcecheck.config.json from its zod schema, beside the fact
 * base's schemas (the extension ships facts/), so that editors validate config files.
 * The CLI tests fail when it is stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configJsonSchema } from '../server/src/shared/config';

const file = path.resolve(__dirname, '..', 'facts', 'schema', 'sourcecheck.config.schema.json');
fs.writeFileSync(file, configJsonSchema());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
