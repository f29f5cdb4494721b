/**
 * The page's only style, inline so the file stands alone. Each verdict has its own
 * underline (solid, double, dotted, dashed) and symbol as well as its colour.
 */
export const STYLE = `
:root { --supported: #1a7f37; --contradicted: #cf222e; --unsourced: #9a6700; --other: #0550ae; --rule: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; margin: 0 auto; padding: 1.5rem; max-width: 80rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
a { color: var(--other); }
.overview, .legend, .top, .where, .rule { color: var(--muted); }
.legend .claim { margin-right: 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid var(--rule); overflow-wrap: anywhere; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
nav, .draft { border-top: 2px solid #1f2328; margin-top: 1.5rem; padding-top: 1rem; }
.summary { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; }
.bar { display: flex; flex: 1 1 16rem; height: 1rem; border: 1px solid var(--muted); background: #fff; }
.bar span { min-width: 3px; }
.bar .supported { background: var(--supported); }
.bar .contradicted { background: repeating-linear-gradient(45deg, var(--contradicted) 0 4px, #fff 4px 6px); }
.bar .unsourced { background: repeating-linear-gradient(90deg, var(--unsourced) 0 2px, #fff 2px 4px); }
.bar .other { background: var(--other); }
.counts { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
.counts b, .tag, .note .verdict { font-weight: 600; }
li.supported, .note.supported .verdict { color: var(--supported); }
li.contradicted, .note.contradicted .verdict, .contradictions .tag { color: var(--contradicted); }
li.unsourced, .note.unsourced .verdict { color: var(--unsourced); }
li.other, .note.other .verdict { color: var(--other); }
.block { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; padding: .5rem 0; border-bottom: 1px solid #eaeef2; }
.prose { grid-column: 1; white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; }
.notes { grid-column: 2; display: flex; flex-direction: column; gap: .5rem; font-size: .85rem; }
.note { border-left: 4px solid var(--rule); padding: .25rem .6rem; background: #f6f8fa; overflow-wrap: anywhere; }
.note p { margin: .15rem 0; }
.note.supported { border-color: var(--supported); }
.note.contradicted { border-color: var(--contradicted); }
.note.unsourced { border-color: var(--unsourced); border-left-style: dotted; }
.note.other { border-color: var(--other); border-left-style: dashed; }
.contradictions { list-style: none; padding: 0 0 0 .6rem; margin: 0; border-left: 4px double var(--contradicted); }
.contradictions li { padding: .15rem 0; overflow-wrap: anywhere; }
.contradictions .sourced { color: var(--muted); }
blockquote { margin: .25rem 0; padding-left: .6rem; border-left: 2px solid var(--rule); font-style: italic; }
del { color: var(--contradicted); }
ins { color: var(--supported); text-decoration: none; font-weight: 600; }
mark.claim, .legend .claim { background: none; color: inherit; padding-bottom: 1px; }
.claim.supported { border-bottom: 2px solid var(--supported); background: #dafbe1; }
.claim.contradicted { border-bottom: 4px double var(--contradicted); background: #ffebe9; }
.claim.unsourced { border-bottom: 2px dotted var(--unsourced); background: #fff8c5; }
.claim.other { border-bottom: 2px dashed var(--other); background: #ddf4ff; }
mark sup { font-family: system-ui, sans-serif; font-size: .7em; margin-left: .1em; }
.claim.supported sup { color: var(--supported); }
.claim.contradicted sup { color: var(--contradicted); }
.claim.unsourced sup { color: var(--unsourced); }
.claim.other sup { color: var(--other); }
@media (max-width: 40rem) {
  .block { grid-template-columns: minmax(0, 1fr); gap: .5rem; }
  .notes { grid-column: 1; }
}
@media print {
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  body { font-size: 10pt; padding: 0; max-width: none; }
  .draft { break-before: page; border-top: none; }
  .note, .contradictions li, tr, blockquote { break-inside: avoid; }
  .top { display: none; }
  a { color: inherit; text-decoration: none; }
}
`;
