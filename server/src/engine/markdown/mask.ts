/**
 * Blanks out what is never checked inside a block of prose, keeping every offset:
 * inline code, HTML, autolinks and bare URLs, link destinations, footnote labels.
 * Characters are replaced by spaces so positions in the masked text are the draft's.
 */
export function maskInline(source: string, start: number, end: number, blanks: Blanks): void {
  const text = source.slice(start, end);
  const blank = (from: number, to: number) => blanks.push([start + from, Math.min(start + to, end)]);
  let i = maskMatch(text, 0, THREAD_POST_NUMBER, blank);
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    const skip = maskAt(text, i, blank);
    i = skip > i ? skip : i + 1;
  }
}

type Blank = (from: number, to: number) => void;

/** "4/ The haul: …": a thread's post opens with its number, which counts nothing. */
const THREAD_POST_NUMBER = /^[*_]*\d{1,3}\/[*_]*(?=\s)/;

/**
 * How far to look for the end of a code span, a link destination or an image's text.
 * Real ones are short; looking further would make a page of stray brackets quadratic.
 */
const REACH = 2000;
/** CommonMark's own limit on nested parentheses in a link destination. */
const MAX_PAREN_DEPTH = 32;

/** Ranges of the draft to blank out, as [start, end) offsets. */
export type Blanks = Array<[number, number]>;

/** The draft with its blanked ranges turned to spaces; line breaks stay, so lines and offsets do not move. */
export function applyBlanks(text: string, blanks: Blanks): string {
  if (blanks.length === 0) return text;
  const sorted = blanks.slice().sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of sorted) {
    const from = Math.max(s, at);
    if (e <= from) continue;
    out += text.slice(at, from) + text.slice(from, e).replace(/[^\n]/g, ' ');
    at = e;
  }
  return out + text.slice(at);
}

function maskAt(text: string, i: number, blank: Blank): number {
  const c = text[i];
  if (c === '`') return maskCodeSpan(text, i, blank);
  if (c === '<') return maskAngle(text, i, blank);
  if (c === ']') return maskDestination(text, i, blank);
  if (c === '[' && text[i + 1] === '^') return maskMatch(text, i, /^\[\^[^\]\s]+\]:?/, blank);
  if (c === '!' && text[i + 1] === '[') return maskImage(text, i, blank);
  if ((c === 'h' || c === 'w') && (i === 0 || /[\s(]/.test(text[i - 1]))) {
    return maskMatch(text, i, /^(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'")\]]/, blank);
  }
  return i;
}

function maskMatch(text: string, i: number, re: RegExp, blank: Blank): number {
  const m = re.exec(text.slice(i));
  if (!m) return i;
  blank(i, i + m[0].length);
  return i + m[0].length;
}

function maskCodeSpan(text: string, i: number, blank: Blank): number {
  let run = 0;
  while (text[i + run] === '`') run++;
  const fence = '`'.repeat(run);
  const limit = i + run + REACH;
  let j = text.indexOf(fence, i + run);
  while (j !== -1 && j < limit && text[j + run] === '`') {
    let k = j;
    while (text[k] === '`') k++;
    j = text.indexOf(fence, k);
  }
  if (j === -1 || j >= limit) return i + run;
  blank(i, j + run);
  return j + run;
}

function maskAngle(text: string, i: number, blank: Blank): number {
  const rest = text.slice(i);
  const m =
    /^<!--[\s\S]*?-->/.exec(rest) ??
    /^<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/.exec(rest) ??
    /^<[^\s<>@]+@[^\s<>@]+>/.exec(rest) ??
    /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/.exec(rest);
  if (!m) return i;
  blank(i, i + m[0].length);
  return i + m[0].length;
}

/** After a link's text: `(destination "title")` or `[reference]`. */
function maskDestination(text: string, i: number, blank: Blank): number {
  const open = text[i + 1];
  if (open === '[') {
    const close = text.indexOf(']', i + 2);
    if (close === -1 || close - i > REACH) return i;
    blank(i + 1, close + 1);
    return close + 1;
  }
  if (open !== '(') return i;
  let depth = 0;
  for (let j = i + 1; j < Math.min(text.length, i + REACH); j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '(' && ++depth > MAX_PAREN_DEPTH) return i;
    else if (text[j] === '\n' && text[j + 1] === '\n') return i;
    else if (text[j] === ')' && --depth === 0) {
      blank(i + 1, j + 1);
      return j + 1;
    }
  }
  return i;
}

function maskImage(text: string, i: number, blank: Blank): number {
  const close = text.indexOf(']', i + 2);
  if (close === -1 || close - i > REACH) return i;
  const after = maskDestination(text, close, blank);
  blank(i, close + 1);
  return after;
}
