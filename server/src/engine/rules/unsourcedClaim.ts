import type { Finding, Range } from '../types';

/** A date or figure about known people or places that no fact covers: worth a citation, not an alarm. */
export function unsourcedClaim(range: Range, claimText: string, about: string[]): Finding {
  return {
    rule: 'unsourced-claim',
    severity: 'info',
    message: `No source in the fact base states “${claimText}”${about.length ? ` about ${about.join(', ')}` : ''}.`,
    range,
    claimText,
  };
}
