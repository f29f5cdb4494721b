import { cardinalValue, ordinalValue } from '../claims/numberWords';

/** Where a quote that is not verbatim comes closest in its source, and what differs. */
export interface NearestPassage {
  /** Offsets in the source text. */
  start: number;
  end: number;
  differences: string[];
}

interface Word {
  text: string;
  start: number;
  end: number;
  /** What the word means once quotes, case, punctuation and number words are set aside. */
  key: string;
}

type Step = { op: 'same'; q: number; s: number } | { op: 'changed'; q: number; s: number } | { op: 'dropped'; q: number } | { op: 'added'; s: number };

/** Beyond this, a passage is another sentence rather than a misquote of this one. */
const MAX_CHANGED_SHARE = 0.5;
/** A source and quote so long that aligning them word by word would cost too much. */
const MAX_CELLS = 20_000_000;

/**
 * The passage of the source a quote was most likely copied from: the span of source
 * words with the fewest changes against the quote's words (an edit distance that may
 * start and end anywhere in the source), then the changes told in words. Undefined
 * when no passage comes close.
 */
export function nearestPassage(quote: string, source: string): NearestPassage | undefined {
  const q = words(quote);
  const s = words(source);
  if (q.length === 0 || q.length * s.length > MAX_CELLS) return undefined;
  const steps = align(q, s);
  if (!steps) return undefined;
  const inSource = steps.flatMap((st) => ('s' in st ? [st.s] : []));
  const first = s[inSource[0]];
  const last = s[inSource[inSource.length - 1]];
  const { start } = edgePart(steps[0], q, s) ?? first;
  const { end } = edgePart(steps[steps.length - 1], q, s) ?? last;
  return { start, end, differences: describe(steps, q, s, quote, source) };
}

/**
 * A quote may begin or end inside a source word ("features" of "features:"): the part
 * of that word the quote takes, when it takes it verbatim.
 */
function edgePart(step: Step, q: Word[], s: Word[]): { start: number; end: number } | undefined {
  if (step.op !== 'same') return undefined;
  const quoted = q[step.q].text;
  const word = s[step.s];
  const at = step.q === 0 && step.q === q.length - 1 ? word.text.indexOf(quoted) : step.q === 0 ? word.text.length - quoted.length : 0;
  if (at < 0 || word.text.slice(at, at + quoted.length) !== quoted) return undefined;
  return { start: word.start + at, end: word.start + at + quoted.length };
}

function words(text: string): Word[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, key: keyOf(m[0]) }));
}

function keyOf(word: string): string {
  const bare = foldQuotes(foldDashes(word.normalize('NFC')))
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const cardinal = cardinalValue(bare);
  if (cardinal !== undefined) return String(cardinal);
  const ordinal = ordinalValue(bare) ?? /^(\d+)(?:st|nd|rd|th)$/.exec(bare)?.[1];
  return ordinal !== undefined ? `${ordinal}th` : bare;
}

function foldQuotes(s: string): string {
  return s.replace(/[‘’‚‛′]/gu, "'").replace(/[“”„‟″]/gu, '"');
}

function foldDashes(s: string): string {
  return s.replace(/[‐‑‒–—―]/gu, '-');
}

/** Semi-global alignment: the quote whole, the source from any word to any word. */
function align(q: Word[], s: Word[]): Step[] | undefined {
  const width = s.length + 1;
  const d = new Int32Array((q.length + 1) * width);
  for (let i = 1; i <= q.length; i++) {
    d[i * width] = i;
    for (let j = 1; j <= s.length; j++) {
      const diagonal = d[(i - 1) * width + j - 1] + (q[i - 1].key === s[j - 1].key ? 0 : 1);
      d[i * width + j] = Math.min(diagonal, d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1);
    }
  }
  let end = 1;
  for (let j = 1; j <= s.length; j++) if (d[q.length * width + j] < d[q.length * width + end]) end = j;
  if (s.length === 0 || d[q.length * width + end] > Math.floor(q.length * MAX_CHANGED_SHARE)) return undefined;
  return traceBack(d, width, q, s, end);
}

function traceBack(d: Int32Array, width: number, q: Word[], s: Word[], end: number): Step[] {
  const steps: Step[] = [];
  let i = q.length;
  let j = end;
  while (i > 0) {
    const here = d[i * width + j];
    const same = j > 0 && q[i - 1].key === s[j - 1].key;
    if (j > 0 && here === d[(i - 1) * width + j - 1] + (same ? 0 : 1)) {
      steps.push({ op: same ? 'same' : 'changed', q: --i, s: --j });
    } else if (here === d[(i - 1) * width + j] + 1) {
      steps.push({ op: 'dropped', q: --i });
    } else {
      steps.push({ op: 'added', s: --j });
    }
  }
  return steps.reverse();
}

function describe(steps: Step[], q: Word[], s: Word[], quote: string, source: string): string[] {
  const out: string[] = [];
  steps.forEach((st, k) => {
    const edge = k === 0 || k === steps.length - 1 ? edgePart(st, q, s) : undefined;
    if (st.op === 'same' && !edge && q[st.q].text !== s[st.s].text) out.push(`${kindOf(q[st.q].text, s[st.s].text)}: the quote has "${q[st.q].text}" where the source has "${s[st.s].text}"`);
    if (st.op === 'changed') out.push(`a changed word: the quote has "${q[st.q].text}" where the source has "${s[st.s].text}"`);
    if (st.op === 'dropped') out.push(`"${q[st.q].text}" is not in the source here`);
    if (st.op === 'added') out.push(`the source has "${s[st.s].text}" here, which the quote leaves out`);
    const next = steps[k + 1];
    if (st.op === 'same' && next?.op === 'same') {
      const qSpace = quote.slice(q[st.q].end, q[next.q].start);
      const sSpace = source.slice(s[st.s].end, s[next.s].start);
      if (qSpace !== sSpace) out.push(`spacing: the quote has ${spaceName(qSpace)} after "${q[st.q].text}" where the source has ${spaceName(sSpace)}`);
    }
  });
  return out;
}

/** Which of the usual slips makes two words that mean the same differ. */
function kindOf(quoted: string, sourced: string): string {
  if (foldQuotes(quoted) === foldQuotes(sourced)) return 'curly against straight quotes';
  if (foldDashes(quoted) === foldDashes(sourced)) return 'a dash against a hyphen';
  if (quoted.normalize('NFC') === sourced.normalize('NFC')) return 'the same letters in another Unicode form';
  if (quoted.toLowerCase() === sourced.toLowerCase()) return 'capitals';
  if (/\d/.test(quoted) !== /\d/.test(sourced)) return 'digits against words';
  return 'punctuation';
}

function spaceName(space: string): string {
  if (space === ' ') return 'one space';
  if (space === '  ') return 'a double space';
  if (/^ +$/.test(space)) return `${space.length} spaces`;
  if (space.includes('\n')) return 'a line break';
  if (space.includes('\t')) return 'a tab';
  if (space.includes('\u00a0')) return 'a no-break space';
  return 'other white space';
}
