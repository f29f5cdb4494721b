import type { Position } from '../../../engine/index';
import type { ShownClaim } from './claims';
import { escapeHtml } from './escape';
import { tag } from './note';

interface Span {
  start: number;
  end: number;
  claim: ShownClaim;
}

/**
 * The draft as written, a paragraph at a time, each claim marked where it stands and its
 * note beside the paragraph. A claim that overlaps one marked before it keeps its note
 * but no mark of its own: marks cannot cross.
 */
export function draftText(text: string, claims: readonly ShownClaim[], anchor: (claim: ShownClaim) => string, note: (claim: ShownClaim) => string): string {
  const offset = offsets(text);
  const spans = claims.map((claim) => ({ start: offset(claim.range.start), end: offset(claim.range.end), claim }));
  const marked = nonOverlapping(spans);
  return paragraphs(text, marked)
    .map(([start, end]) => {
      const inside = spans.filter((s) => s.start >= start && s.start < end);
      const prose = `<div class="prose">${markedText(text, start, end, marked, anchor)}</div>`;
      const notes = inside.length > 0 ? `<aside class="notes">${inside.map((s) => note(s.claim)).join('')}</aside>` : '';
      return `<div class="block">${prose}${notes}</div>`;
    })
    .join('\n');
}

function offsets(text: string): (p: Position) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (p) => Math.min(text.length, (starts[p.line] ?? text.length) + p.character);
}

function nonOverlapping(spans: Span[]): Span[] {
  const kept: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (s.end > s.start && (kept.length === 0 || s.start >= kept[kept.length - 1].end)) kept.push(s);
  }
  return kept;
}

/** Stretches between blank lines; a blank line inside a claim does not end its paragraph. */
function paragraphs(text: string, marked: Span[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(/\n[ \t]*(?:\r?\n[ \t]*)+/g)) {
    const at = m.index;
    if (marked.some((s) => s.start < at && at < s.end)) continue;
    out.push([start, at]);
    start = at + m[0].length;
  }
  out.push([start, text.length]);
  return out.filter(([s, e]) => text.slice(s, e).trim() !== '');
}

function markedText(text: string, start: number, end: number, marked: Span[], anchor: (claim: ShownClaim) => string): string {
  let html = '';
  let at = start;
  for (const s of marked.filter((m) => m.start >= start && m.end <= end)) {
    html += escapeHtml(text.slice(at, s.start));
    html += `<mark class="claim ${s.claim.verdict}" id="${anchor(s.claim)}">${escapeHtml(text.slice(s.start, s.end))}<sup>${tag(s.claim)}</sup></mark>`;
    at = s.end;
  }
  return html + escapeHtml(text.slice(at, end));
}
