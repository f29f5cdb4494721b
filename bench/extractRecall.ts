/**
 * `npx tsx bench/extractRecall.ts [--verbose]`: the share of the bundled base's hand-written
 * facts that `facts extract` proposes from the five bundled sources, in the same sentence
 * with the same value.
 */
import { handRecall } from '../test/extract/handRecall';

const all = handRecall();
process.stdout.write(`facts extract on the bundled sources: ${((100 * all.found) / all.total).toFixed(1)}% (${all.found}/${all.total}) of the hand-written facts\n`);
if (process.argv.includes('--verbose')) {
  for (const f of all.missed) process.stdout.write(`  missed ${f.id}: ${JSON.stringify(f.value)} in “${f.quote}”\n`);
}
