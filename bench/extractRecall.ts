/**
 * `npx tsx bench/extractRecall.ts [--verbose]`: the share of the bundled base's hand-written
 * facts that `facts extract` proposes from the five bundled sources, in the same sentence
 * with the same value; overall and for the kinds extract proposes (dates, figures, titles, places).
 */
import type { Fact } from '../server/src/engine/factbase/schema';
import { handRecall } from '../test/extract/handRecall';

const proposable = (f: Fact) => f.value.type !== 'entity' || f.value.slot === 'place';
const all = handRecall();
const kinds = handRecall(proposable);
const pct = (r: { found: number; total: number }) => `${((100 * r.found) / r.total).toFixed(1)}% (${r.found}/${r.total})`;
process.stdout.write(`facts extract on the bundled sources: ${pct(all)} of the hand-written facts; ${pct(kinds)} of those of the kinds it proposes\n`);
if (process.argv.includes('--verbose')) {
  for (const f of all.missed) process.stdout.write(`  missed ${f.id}: ${JSON.stringify(f.value)} in “${f.quote}”\n`);
}
