import type { Entity } from '../factbase/schema';
import type { Finding, Range } from '../types';

/** A near miss of a known name: a warning, since the writer may mean someone the sources do not name. */
export function nameSpelling(range: Range, written: string, suggestion: string, entity: Entity | undefined): Finding {
  const who = entity && entity.name !== suggestion ? ` (${entity.name})` : '';
  return {
    rule: 'name-spelling',
    severity: 'warning',
    message: `“${written}” looks like a misspelling of “${suggestion}”${who}, as the sources spell it.`,
    range,
    claimText: written,
    expected: suggestion,
    fix: { newText: suggestion },
  };
}
