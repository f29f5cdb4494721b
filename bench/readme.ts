import * as fs from 'node:fs';
import * as path from 'node:path';

const README = path.resolve(__dirname, '..', 'README.md');
const HEADING = '## Performance';

/** Replaces the body of the README's performance section (up to the next "## " heading), keeping the heading. */
export function writePerformanceSection(body: string): void {
  const text = fs.readFileSync(README, 'utf8');
  const start = text.indexOf(`\n${HEADING}\n`);
  if (start < 0) throw new Error(`README.md has no "${HEADING}" section`);
  const bodyStart = start + HEADING.length + 2;
  const next = text.indexOf('\n## ', bodyStart);
  const end = next < 0 ? text.length : next + 1;
  fs.writeFileSync(README, `${text.slice(0, bodyStart)}\n${body.trimEnd()}\n${next < 0 ? '' : '\n'}${text.slice(end)}`);
}
