import type { Finding, Range } from '../types';
import type { RuleDeclaration } from './declaration';

export const UNSOURCED_CLAIM = {
  id: 'unsourced-claim',
  name: 'UnsourcedClaim',
  severity: 'info',
  summary: 'A date or figure about known people or places that no fact covers.',
  description: 'The draft states a date or figure in a sentence about people, places or organizations the fact base knows, but no sourced fact covers it.',
  help: 'Find a source for the claim and add it to the fact base, or cut the claim. Set the rule to "off" or "hint" in sourcecheck.config.json if unsourced claims are not your concern.',
} as const satisfies RuleDeclaration;

/** A date or figure about known people or places that no fact covers: worth a citation, not an alarm. */
export function unsourcedClaim(range: Range, claimText: string, about: string[]): Finding {
  return {
    rule: UNSOURCED_CLAIM.id,
    severity: UNSOURCED_CLAIM.severity,
    message: `No source in the fact base states “${claimText}”${about.length ? ` about ${about.join(', ')}` : ''}.`,
    range,
    claimText,
  };
}
