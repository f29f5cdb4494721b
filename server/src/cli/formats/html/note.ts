import * as path from 'node:path';
import type { Citation, Evidence } from '../../report';
import type { ShownClaim, Verdict } from './claims';
import { escapeHtml, webUrl } from './escape';

/** Each verdict has a symbol as well as a colour, so it reads in grey print and to colour-blind eyes. */
export const SYMBOL: Record<Verdict, string> = { supported: '✓', contradicted: '✗', unsourced: '?', other: '!' };
export const LABEL: Record<Verdict, string> = { supported: 'Supported', contradicted: 'Contradicted', unsourced: 'Unsourced', other: 'Other' };

/** The claim's number and symbol, as the mark in the text and its note both show it. */
export function tag(claim: ShownClaim): string {
  return `<span class="tag">${SYMBOL[claim.verdict]}&#8239;${claim.n}</span>`;
}

/** What stands beside a claim: the verdict, the fix, the sourced value, the quote and the source. */
export function noteBody(claim: ShownClaim): string {
  const rule = claim.rule ? ` <span class="rule">${escapeHtml(claim.rule)}</span>` : '';
  const parts = [`<p class="verdict">${tag(claim)} ${LABEL[claim.verdict]}${rule}</p>`];
  if (claim.fix !== undefined) parts.push(`<p class="fix">${fix(claim)}</p>`);
  parts.push(claim.evidence ? evidence(claim.evidence) : `<p class="message">${escapeHtml(claim.message ?? '')}</p>`);
  return parts.join('');
}

/** A contradiction in one line, for the list above the text: where, the fix, what the source says. */
export function contradictionLine(claim: ShownClaim, anchor: string): string {
  const change = claim.fix !== undefined ? fix(claim) : `<del>${escapeHtml(claim.claimText)}</del>`;
  const sourced = claim.evidence ? ` <span class="sourced">(${escapeHtml(claim.evidence.fact)})</span>` : '';
  return `${tag(claim)} <a href="#${anchor}">line ${claim.range.start.line + 1}</a>: ${change}${sourced}`;
}

function fix(claim: ShownClaim): string {
  return `<del>${escapeHtml(claim.claimText)}</del> → <ins>${escapeHtml(claim.fix ?? '')}</ins>`;
}

function evidence(e: Evidence): string {
  return [
    `<p class="sourced"><span class="label">Source:</span> ${escapeHtml(e.fact)}</p>`,
    `<blockquote>${escapeHtml(e.quote)}</blockquote>`,
    `<p class="cite">${citation(e.source)} <span class="where" title="${escapeHtml(e.file)}">${escapeHtml(path.basename(e.file))}:${e.range.start.line + 1}</span></p>`,
  ].join('');
}

function citation(source: Citation): string {
  const url = source.url === undefined ? undefined : webUrl(source.url);
  const title = url ? `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(source.title)}</a>` : escapeHtml(source.title);
  const by = [source.author, source.date].filter((p): p is string => Boolean(p)).map(escapeHtml);
  return [`<cite>${title}</cite>`, ...by].join(' · ');
}
