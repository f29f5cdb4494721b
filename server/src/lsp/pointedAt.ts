import type { Position } from 'vscode-languageserver/node';
import type { CheckResult, Finding, NameMention, Support } from '../engine/index';
import { contains } from './ranges';

/** What the writer points at in a draft: the features that answer a position share one choice. */
export type PointedAt =
  | { kind: 'finding'; finding: Finding }
  | { kind: 'support'; support: Support }
  | { kind: 'mention'; mention: NameMention };

/** A finding says more than the support or the name it overlaps, so it wins. */
export function pointedAt(result: CheckResult, position: Position): PointedAt | undefined {
  const finding = result.findings.find((f) => contains(f.range, position));
  if (finding) return { kind: 'finding', finding };
  const support = result.supported.find((s) => contains(s.range, position));
  if (support) return { kind: 'support', support };
  const mention = result.mentions.find((m) => contains(m.range, position));
  return mention && { kind: 'mention', mention };
}
