import { DATE_CONTRADICTION, FIGURE_CONTRADICTION, NAME_CONTRADICTION } from './contradiction';
import type { RuleDeclaration } from './declaration';
import { MISQUOTE } from './misquote';
import { NAME_SPELLING } from './nameSpelling';
import { UNSOURCED_CLAIM } from './unsourcedClaim';
import { UNUSED_IGNORE } from './unusedIgnore';

/** Every rule about a draft's claims, in the order settings and help list them. */
export const RULES = [DATE_CONTRADICTION, FIGURE_CONTRADICTION, NAME_CONTRADICTION, NAME_SPELLING, MISQUOTE, UNSOURCED_CLAIM] as const;

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/** The rules and the CLI's own report about ignore comments: what SARIF describes. */
export const REPORTED_RULES: readonly RuleDeclaration[] = [...RULES, UNUSED_IGNORE];
