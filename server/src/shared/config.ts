import { z } from 'zod';
import { RULES, type RuleId } from '../engine/index';

/**
 * `sourcecheck.config.json` (or `.sourcecheckrc.json`): one file that the CLI and the
 * language server both read, so the editor and CI agree. Unlike the editor's settings,
 * a bad value here is an error, not a fallback: CI must not pass on a typo.
 */
export const CONFIG_FILE_NAMES = ['sourcecheck.config.json', '.sourcecheckrc.json'] as const;

/** Folders are searched for these when the config names no `include`. */
export const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown', '**/*.mdx'];

const Level = z.enum(['error', 'warning', 'info', 'hint', 'off']);

const Globs = z.array(z.string().min(1)).describe('Globs relative to the folder of this file (picomatch syntax).');

export const ConfigSchema = z
  .object({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
    $comment: z.string().optional(),
    factBase: z
      .string()
      .min(1)
      .optional()
      .describe('The fact base folder, relative to this file. The default is the fact base bundled with Source Check.'),
    include: Globs.optional().describe(`Which Markdown files in a checked folder are drafts. Default: ${DEFAULT_INCLUDE.join(', ')}.`),
    ignore: Globs.optional().describe('Drafts never to check, even when named on the command line or open in the editor.'),
    severity: z
      .object(Object.fromEntries(RULES.map((r) => [r.id, Level.optional().describe(`${r.summary} Default: ${r.severity}.`)])) as Record<RuleId, z.ZodOptional<typeof Level>>)
      .strict()
      .optional()
      .describe('The severity of each rule, or "off" to silence it. Rules left out keep their own.'),
    roundingTolerance: z
      .number()
      .min(0)
      .max(0.5)
      .optional()
      .describe('How far a hedged figure ("about 4,750 miles") may stray from the sourced one and still count as a rounding of it, as a fraction: 0.05 is 5 %.'),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;

/** A config file that parsed and validated, with the folder its relative paths start from. */
export interface LoadedConfig {
  file: string;
  dir: string;
  config: Config;
}

/** The JSON Schema text that editors validate config files with (draft 7, which every editor reads; `npm run config:schema`). */
export function configJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(ConfigSchema, { io: 'input', target: 'draft-7' }), null, 2)}\n`;
}
