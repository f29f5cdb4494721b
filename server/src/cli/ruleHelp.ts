import { REPORTED_RULES, type Severity } from '../engine/index';

/** What each rule means, for formats that describe their rules (SARIF's rule metadata). */
export interface RuleHelp {
  name: string;
  short: string;
  full: string;
  help: string;
  defaultLevel: 'error' | 'warning' | 'note';
}

const LEVEL: Record<Severity, RuleHelp['defaultLevel']> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Read from the rules' own declarations (engine/rules/), so the help says what the rule does. */
export const RULE_HELP: Record<string, RuleHelp> = Object.fromEntries(
  REPORTED_RULES.map((r) => [r.id, { name: r.name, short: r.summary, full: r.description, help: r.help, defaultLevel: LEVEL[r.severity] }]),
);
