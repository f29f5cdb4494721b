import { diffArrays } from 'diff';
import type { Candidate, Stretch } from './passageIndex';
import type { SourceText } from './sourceTexts';
import { folded, sameWord, type Word } from './words';

/** Where a quotation departs from its source: quotation words [draft) against source words [source); either side may be empty. */
export interface Difference {
  draft: readonly [number, number];
  source: readonly [number, number];
}

export interface Alignment {
  text: SourceText;
  differences: Difference[];
  /** The source's words the quotation follows, [first, last) . */
  passage: readonly [number, number];
  /** Quotation words that the source has, in order. */
  common: number;
  /** Source words that the quotation changes or leaves out (an omission marked by an ellipsis is neither). */
  changed: number;
}

/** How far the words of a placed stretch may stand from where its shift puts them. */
const SLACK = 4;
/**
 * A stretch that shares fewer than half its words with its window is not from there,
 * and the diff (quadratic in the words that differ) is not worth running.
 */
const MIN_SHARED = 0.5;
/** The most words an ellipsis can stand for when the stretch after it has no word pair to place it. */
const MAX_OMISSION = 80;

/** Aligns each stretch of the quotation with its window of the source, word by word. */
export function align(words: readonly Word[], stretches: readonly Stretch[], candidate: Candidate): Alignment {
  const { text } = candidate;
  const out: Alignment = { text, differences: [], passage: [Infinity, -Infinity], common: 0, changed: 0 };
  let after: number | undefined;
  stretches.forEach((stretch, i) => {
    const shift = candidate.shifts[i];
    if (shift !== undefined) after = alignStretch(words, text, stretch, shift, out);
    else if (after !== undefined) after = findUnplaced(words, text, stretch, after, out);
  });
  return out;
}

interface Op {
  same: boolean;
  s: number;
  sEnd: number;
  d: number;
  dEnd: number;
}

function alignStretch(words: readonly Word[], text: SourceText, stretch: Stretch, shift: number, out: Alignment): number {
  const reach = SLACK + Math.ceil((stretch[1] - stretch[0]) / 4);
  const from = Math.max(0, stretch[0] + shift - reach);
  const to = Math.min(text.length, stretch[1] + shift + reach);
  const window = text.words(from, to);
  const own = words.slice(stretch[0], stretch[1]);
  if (shared(window, own) < MIN_SHARED * own.length) return to;
  const changes = diffArrays(window, own, { comparator: sameWord });
  const ops: Op[] = [];
  let [s, d] = [from, stretch[0]];
  for (const c of changes) {
    const same = !c.added && !c.removed;
    const op = ops.length > 0 && !same && !ops[ops.length - 1].same ? ops[ops.length - 1] : pushed(ops, { same, s, sEnd: s, d, dEnd: d });
    if (!c.added) op.sEnd = s += c.count;
    if (!c.removed) op.dEnd = d += c.count;
  }
  for (const op of slid(ops, words, text)) {
    if (op.same) {
      cover(out, op.s, op.sEnd);
      out.common += op.sEnd - op.s;
    } else record(out, edgeAware(op, stretch, text));
  }
  return Number.isFinite(out.passage[1]) ? out.passage[1] : to;
}

/** Words the two have in common, order aside: an upper bound on what the diff can find, in linear time. */
function shared(a: readonly Word[], b: readonly Word[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(folded(w), (counts.get(folded(w)) ?? 0) + 1);
  let n = 0;
  for (const w of b) {
    const left = counts.get(folded(w)) ?? 0;
    if (left === 0) continue;
    counts.set(folded(w), left - 1);
    n++;
  }
  return n;
}

function pushed(ops: Op[], op: Op): Op {
  ops.push(op);
  return op;
}

/**
 * The diff may match the quotation's first words with the same words earlier in the
 * window's margin ("the … the two states"), leaving a gap that is no omission. Such a
 * run slides to the source words just before the gap, and the gap becomes margin; so
 * at the end.
 */
function slid(ops: Op[], words: readonly Word[], text: SourceText): Op[] {
  const fits = (d: number, s: number, n: number) => {
    for (let k = 0; k < n; k++) if (!sameWord(text.word(s + k), words[d + k])) return false;
    return true;
  };
  slideHead(ops, fits);
  slideTail(ops, fits);
  return ops;
}

type Fits = (d: number, s: number, n: number) => boolean;

function slideHead(ops: Op[], fits: Fits): void {
  const head = ops[0].same ? 0 : 1;
  const [run, gap] = ops.slice(head, head + 2);
  if (!gap || head + 2 >= ops.length || !run.same || !isDrop(gap)) return;
  const n = run.dEnd - run.d;
  if (!fits(run.d, gap.sEnd - n, n)) return;
  const margin = { same: false, s: ops[0].s, sEnd: gap.sEnd - n, d: ops[0].d, dEnd: run.d };
  ops.splice(0, head + 2, margin, { same: true, s: gap.sEnd - n, sEnd: gap.sEnd, d: run.d, dEnd: run.dEnd });
}

function slideTail(ops: Op[], fits: Fits): void {
  const tail = ops[ops.length - 1].same ? ops.length : ops.length - 1;
  const [gap, run] = ops.slice(tail - 2, tail);
  if (tail < 3 || !run.same || !isDrop(gap)) return;
  const n = run.dEnd - run.d;
  if (!fits(run.d, gap.s, n)) return;
  const end = ops[ops.length - 1];
  const margin = { same: false, s: gap.s + n, sEnd: end.sEnd, d: run.dEnd, dEnd: end.dEnd };
  ops.splice(tail - 2, ops.length - tail + 2, { same: true, s: gap.s, sEnd: gap.s + n, d: run.d, dEnd: run.dEnd }, margin);
}

function isDrop(op: Op): boolean {
  return !op.same && op.d === op.dEnd;
}

/**
 * Source words beside the quotation's first or last word are the window's margin, not
 * words left out; words the quotation has there instead are changed from the source's
 * nearest ones ("both states" for "the two states").
 */
function edgeAware(op: Op, [first, last]: Stretch, text: SourceText): Difference | undefined {
  const added = op.dEnd - op.d;
  const leading = op.d === first;
  const trailing = op.dEnd === last;
  // Nothing in common: the stretch is not from here, and no difference can be told.
  if (leading && trailing) return undefined;
  if ((leading || trailing) && added === 0) return undefined;
  if (leading) {
    const from = sentenceBreak(text, op.sEnd - 1) ? op.sEnd : Math.max(op.s, op.sEnd - added);
    return { draft: [op.d, op.dEnd], source: [from, op.sEnd] };
  }
  if (trailing) {
    const to = sentenceBreak(text, op.s - 1) ? op.s : Math.min(op.sEnd, op.s + added);
    return { draft: [op.d, op.dEnd], source: [op.s, to] };
  }
  return { draft: [op.d, op.dEnd], source: [op.s, op.sEnd] };
}

/** Words past the end of the source's sentence are not what the quotation changed; the quotation adds its own. */
function sentenceBreak(text: SourceText, word: number): boolean {
  if (word < 0 || word + 1 >= text.length) return true;
  return /[.!?\n]/.test(text.text.slice(text.word(word).end, text.word(word + 1).start));
}

/** Differences one word apart are one: their fixes would overlap. */
function record(out: Alignment, difference: Difference | undefined): void {
  if (!difference) return;
  const last = out.differences[out.differences.length - 1];
  if (last && difference.draft[0] - last.draft[1] <= 1 && difference.source[0] - last.source[1] <= 1 && difference.source[0] >= last.source[1]) {
    out.differences[out.differences.length - 1] = { draft: [last.draft[0], difference.draft[1]], source: [last.source[0], difference.source[1]] };
  } else out.differences.push(difference);
  out.changed += difference.source[1] - difference.source[0];
  if (difference.source[1] > difference.source[0]) cover(out, difference.source[0], difference.source[1]);
}

function cover(out: Alignment, from: number, to: number): void {
  out.passage = [Math.min(out.passage[0], from), Math.max(out.passage[1], to)];
}

/** A stretch too short to place by word pairs ("… exercise") counts if its words follow the last placed ones closely enough. */
function findUnplaced(words: readonly Word[], text: SourceText, [from, to]: Stretch, after: number, out: Alignment): number {
  const wanted = words.slice(from, to).map(folded);
  const limit = Math.min(text.length - wanted.length, after + MAX_OMISSION);
  for (let at = after; at <= limit; at++) {
    if (wanted.every((w, k) => folded(text.word(at + k)) === w)) {
      cover(out, at, at + wanted.length);
      out.common += wanted.length;
      return at + wanted.length;
    }
  }
  return after;
}
