import type { Severity } from '../types';

/**
 * What a rule is, declared once beside the code that writes its message: the editor's
 * severity settings (package.json), the config's schema, the CLI's rule help and
 * SARIF's rule metadata are all generated from these.
 */
export interface RuleDeclaration {
  id: string;
  /** PascalCase, as SARIF names a rule. */
  name: string;
  /** What a finding is unless the writer's settings say otherwise. */
  severity: Severity;
  /** One line: the setting's description and SARIF's short description. */
  summary: string;
  /** What it finds, with an example. */
  description: string;
  /** What a writer does about a finding. */
  help: string;
}

/** How to keep a claim the writer stands by, the same for every rule about claims. */
export const HOW_TO_IGNORE = 'if the draft is right and the source is not the one to follow, add `<!-- sourcecheck-ignore: claim -- reason -->` on the line.';
