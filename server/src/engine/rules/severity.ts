import type { Finding, SeverityOverrides } from '../types';

/** Applies the user's severity per rule; a rule set to `off` drops its findings. */
export function applySeverity(findings: Finding[], overrides: SeverityOverrides | undefined): Finding[] {
  if (!overrides) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const s = overrides[f.rule];
    if (s === 'off') continue;
    out.push(s ? { ...f, severity: s } : f);
  }
  return out;
}
