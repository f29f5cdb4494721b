import type { Finding } from './types';

/**
 * Inline ignores, honoured by the editor and the CLI alike:
 *   <!-- sourcecheck-ignore: 7,464 kilometers -- the border sheet's own figure -->
 * on a line ignores that claim on that line; standing alone on a line, it ignores
 * the claim on the next line that has text. Without a claim it ignores the whole line.
 * Everything after " -- " is the reason.
 */
export interface Ignore {
  /** 0-based line the ignore applies to. */
  line: number;
  /** The line the comment stands on. */
  commentLine: number;
  /** Where the comment stands on that line (UTF-16 characters, end exclusive), to point at an unused one. */
  commentStart: number;
  commentEnd: number;
  claim?: string;
  reason?: string;
}

const IGNORE = /<!--\s*sourcecheck-ignore(?::\s*([\s\S]*?))?\s*-->/g;

export function findIgnores(text: string): Ignore[] {
  const lines = text.split('\n');
  const ignores: Ignore[] = [];
  lines.forEach((line, i) => {
    for (const m of line.matchAll(IGNORE)) {
      const [claim, reason] = (m[1] ?? '').split(/\s+--\s+/, 2).map((s) => s.trim());
      const alone = line.replace(m[0], '').trim() === '';
      ignores.push({
        line: alone ? nextTextLine(lines, i) : i,
        commentLine: i,
        commentStart: m.index,
        commentEnd: m.index + m[0].length,
        ...(claim ? { claim } : {}),
        ...(reason ? { reason } : {}),
      });
    }
  });
  return ignores;
}

function nextTextLine(lines: string[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) if (lines[i].trim() !== '') return i;
  return from;
}

export function isIgnored(f: Finding, ignores: Ignore[]): Ignore | undefined {
  return ignores.find(
    (ig) => ig.line === f.range.start.line && (ig.claim === undefined || ig.claim.toLowerCase() === f.claimText.toLowerCase()),
  );
}

/** Drops ignored findings; also tells which ignores suppressed nothing. */
export function applyIgnores(findings: Finding[], ignores: Ignore[]): { kept: Finding[]; unused: Ignore[] } {
  const used = new Set<Ignore>();
  const kept = findings.filter((f) => {
    const ig = isIgnored(f, ignores);
    if (ig) used.add(ig);
    return !ig;
  });
  return { kept, unused: ignores.filter((ig) => !used.has(ig)) };
}

/**
 * The text with every ignore comment disarmed but still a comment of the same length,
 * so that a check of it finds what the ignores would hide, at the same positions.
 * Hosts use it with applyIgnores to tell which ignores no longer suppress anything.
 */
export function withoutIgnores(text: string): string {
  return text.replace(IGNORE, (comment) => comment.replace('sourcecheck-ignore', ' '.repeat('sourcecheck-ignore'.length)));
}
