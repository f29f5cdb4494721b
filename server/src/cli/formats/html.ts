import type { FileReport, Report } from '../report';
import { claimsOf, countsOf, VERDICTS, type ShownClaim, type Verdict } from './html/claims';
import { draftText } from './html/draftText';
import { escapeHtml } from './html/escape';
import { contradictionLine, LABEL, noteBody, SYMBOL } from './html/note';
import { STYLE } from './html/style';
import type { FormatOptions } from './index';

/**
 * A fact-check report for a desk editor or a pull request: one self-contained page, no
 * script and nothing fetched, that opens offline and prints. Its counts come from the
 * same report as the json format's, so the two agree.
 */
export function formatHtml(report: Report, options: FormatOptions): string {
  const drafts = report.files.map((file, i) => ({ file, id: `draft-${i + 1}`, claims: claimsOf(file) }));
  const total = countsOf(drafts.flatMap((d) => d.claims));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Source Check report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Source Check report</h1>
<p class="overview">${report.summary.files} draft${report.summary.files === 1 ? '' : 's'} checked by Source Check ${escapeHtml(options.version)}: ${countsText(total)}.</p>
<p class="legend">${VERDICTS.map((v) => `<span class="claim ${v}">${SYMBOL[v]} ${LABEL[v].toLowerCase()}</span>`).join(' ')}</p>
</header>
<nav id="contents" aria-label="Drafts">
<h2>Drafts</h2>
<table>
<thead><tr><th scope="col">Draft</th>${VERDICTS.map((v) => `<th scope="col" class="num">${SYMBOL[v]} ${LABEL[v]}</th>`).join('')}</tr></thead>
<tbody>
${drafts.map((d) => `<tr data-draft="${d.id}"><td><a href="#${d.id}">${escapeHtml(d.file.path)}</a></td>${countCells(countsOf(d.claims))}</tr>`).join('\n')}
</tbody>
<tfoot><tr data-draft="all"><th scope="row">All drafts</th>${countCells(total)}</tr></tfoot>
</table>
</nav>
<main>
${drafts.map((d) => draftSection(d.file, d.id, d.claims)).join('\n')}
</main>
</body>
</html>
`;
}

function draftSection(file: FileReport, id: string, claims: ShownClaim[]): string {
  const counts = countsOf(claims);
  const anchor = (c: ShownClaim) => `${id}-claim-${c.n}`;
  const contradictions = claims.filter((c) => c.verdict === 'contradicted');
  return `<section class="draft" id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${escapeHtml(file.path)}</h2>
${summaryBar(counts)}
${contradictions.length > 0 ? `<h3>Contradictions</h3>\n<ol class="contradictions">${contradictions.map((c) => `<li>${contradictionLine(c, anchor(c))}</li>`).join('')}</ol>` : ''}
<h3>The draft</h3>
<div class="text">
${draftText(file.text, claims, anchor, (c) => `<div class="note ${c.verdict}">${noteBody(c)}</div>`)}
</div>
<p class="top"><a href="#contents">Back to the drafts</a></p>
</section>`;
}

/** The bar's lengths are decoration; the counts beside it say the same in words. */
function summaryBar(counts: Record<Verdict, number>): string {
  const shown = VERDICTS.filter((v) => counts[v] > 0);
  const bar = shown.map((v) => `<span class="${v}" style="flex-grow:${counts[v]}"></span>`).join('');
  const list = VERDICTS.filter((v) => v !== 'other' || counts.other > 0)
    .map((v) => `<li class="${v}"><span class="symbol">${SYMBOL[v]}</span> <b data-count="${v}">${counts[v]}</b> ${LABEL[v].toLowerCase()}</li>`)
    .join('');
  return `<div class="summary"><div class="bar" aria-hidden="true">${bar}</div><ul class="counts">${list}</ul></div>`;
}

function countCells(counts: Record<Verdict, number>): string {
  return VERDICTS.map((v) => `<td class="num" data-count="${v}">${counts[v]}</td>`).join('');
}

function countsText(counts: Record<Verdict, number>): string {
  return VERDICTS.filter((v) => v !== 'other' || counts.other > 0)
    .map((v) => `${counts[v]} ${LABEL[v].toLowerCase()}`)
    .join(', ');
}
