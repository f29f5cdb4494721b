import { z } from 'zod';

/**
 * The `sourcecheck.*` settings, shared by the client and the server so that both read
 * them the same way. Every field falls back to its default on its own: one bad value
 * in a user's settings.json must not reset the others.
 */
export const SETTINGS_SECTION = 'sourcecheck';

export const SeverityLevel = z.enum(['error', 'warning', 'info', 'hint', 'off']);
export type SeverityLevel = z.infer<typeof SeverityLevel>;

export const DEFAULT_DEBOUNCE_MS = 150;

const SeverityMap = z
  .record(z.string(), z.unknown())
  .catch({})
  .transform((raw) => {
    const levels: Record<string, SeverityLevel> = {};
    for (const [rule, level] of Object.entries(raw)) {
      const parsed = SeverityLevel.safeParse(level);
      if (parsed.success) levels[rule] = parsed.data;
    }
    return levels;
  });

export const Settings = z.object({
  enable: z.boolean().catch(true),
  /** Absolute, or relative to the workspace folder; empty means "not set". */
  factBase: z.string().catch(''),
  /** Rule id -> level; rules left out keep the engine's own severity. */
  severity: SeverityMap,
  debounceMs: z.number().int().min(0).max(10_000).catch(DEFAULT_DEBOUNCE_MS),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Never throws: whatever the editor sends becomes usable settings. */
export function sanitizeSettings(raw: unknown): Settings {
  const object = typeof raw === 'object' && raw !== null ? raw : {};
  return Settings.parse(object);
}
