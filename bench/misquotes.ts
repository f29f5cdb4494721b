import * as fs from 'node:fs';
import type { FactBase } from '../server/src/engine';
import { parseProse } from '../server/src/engine/markdown/prose';
import { MisquoteChecker } from '../server/src/engine/quotations/misquotes';
import { readQuotations } from '../server/src/engine/quotations/readQuotations';
import { Rng } from './prng';
import { median, percentile, timeRuns } from './stats';
import { apply, Typist } from './typing';

export interface MisquoteFigures {
  quotations: number;
  /** A fresh rule: every quotation of the draft matched against the sources. */
  coldMs: number;
  keystrokeMedianMs: number;
  keystrokeP95Ms: number;
}

/**
 * The misquote rule alone, after the draft is parsed (the engine parses once for every
 * rule): cold, then one keystroke at a time, as the same typist types into the draft.
 */
export function misquoteBench(fb: FactBase, file: string, runs: number, keystrokes: number): MisquoteFigures {
  let text = fs.readFileSync(file, 'utf8');
  const doc = parseProse(text);
  const cold = timeRuns(runs, () => new MisquoteChecker(fb), (rule) => rule.check(text, doc));
  const rule = new MisquoteChecker(fb);
  rule.check(text, doc);
  const typist = new Typist(new Rng(42));
  const times: number[] = [];
  for (let i = 0; i < keystrokes; i++) {
    text = apply(text, typist.next(text));
    const typed = parseProse(text);
    times.push(...timeRuns(1, () => undefined, () => rule.check(text, typed)));
  }
  return { quotations: readQuotations(doc).length, coldMs: median(cold), keystrokeMedianMs: median(times), keystrokeP95Ms: percentile(times, 95) };
}
