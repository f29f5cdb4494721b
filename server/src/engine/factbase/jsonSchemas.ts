import { z } from 'zod';
import { EntitiesFile, FactsFile, SourcesFile } from './schema';

/** The JSON Schema text of each fact base file, generated from the one zod schema. */
export function schemaFiles(): Record<string, string> {
  const files: Record<string, z.ZodType> = {
    'sources.schema.json': SourcesFile,
    'entities.schema.json': EntitiesFile,
    'facts.schema.json': FactsFile,
  };
  return Object.fromEntries(
    Object.entries(files).map(([name, schema]) => [name, `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`]),
  );
}
