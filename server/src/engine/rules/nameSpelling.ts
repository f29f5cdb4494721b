import type { Entity } from '../factbase/schema';
import type { Finding, Range } from '../types';
import { HOW_TO_IGNORE, type RuleDeclaration } from './declaration';

export const NAME_SPELLING = {
  id: 'name-spelling',
  name: 'NameSpelling',
  severity: 'warning',
  summary: 'A near miss of a known name that is none of its accepted spellings.',
  description: 'The draft spells a person, place or organization that the sources name in a way that none of the accepted spellings or transliterations matches.',
  help: `Use the spelling that the fix offers, or, ${HOW_TO_IGNORE}`,
} as const satisfies RuleDeclaration;

/** A near miss of a known name: a warning, since the writer may mean someone the sources do not name. */
export function nameSpelling(range: Range, written: string, suggestion: string, entity: Entity | undefined): Finding {
  const who = entity && entity.name !== suggestion ? ` (${entity.name})` : '';
  return {
    rule: NAME_SPELLING.id,
    severity: NAME_SPELLING.severity,
    message: `“${written}” looks like a misspelling of “${suggestion}”${who}, as the sources spell it.`,
    range,
    claimText: written,
    expected: suggestion,
    fix: { newText: suggestion },
  };
}
