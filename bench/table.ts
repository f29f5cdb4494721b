import { describeMachine } from './machine';
import type { Results } from './results';
import { count, mib, pct, type Target } from './targets';

/** The one table of a run, in Markdown: every figure in a row, each target beside the figure it judges. */
export function table(r: Results, targets: Target[]): string {
  const mark = (id: Target['id'], text: string) => {
    const t = targets.find((x) => x.id === id);
    return t ? `${text} ${t.met ? '✓' : '✗'}` : text;
  };
  const join = (items: string[]) => items.join(' · ');
  const s2 = (x: number) => x.toFixed(2);
  const ms = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toString());
  const rows: Array<[string, string, string]> = [
    ['Corpora: bytes, distinct / all sentences', join(r.corpora.map((c) => `${c.name} ${size(c.bytes)}, ${count(c.distinct)} / ${count(c.sentences)}`)), ''],
    ['Engine, fresh checker (cold memo), MB/s', join(r.throughput.map((t) => `${t.name} ${s2(t.mbPerS)}`)), ''],
    ['Engine, warm re-check of the same text, ms', join(r.throughput.map((t) => `${t.name} ${ms(t.warmMs)}`)), ''],
    ['Floor: read + markdown-it parse (block structure, as the engine parses), MB/s', join(r.throughput.map((t) => `${t.name} ${s2(t.floorMbPerS)}`)), ''],
    ['Engine as a share of the floor', join(r.throughput.map((t) => `${t.name} ${pct(t.ofFloor)}`)), mark('floor', '≥ 25%')],
    ['One keystroke in 100 KB, engine: median / p95, ms', `${ms(r.keystrokes.medianMs)} / ${ms(r.keystrokes.p95Ms)} (${count(r.keystrokes.count)} keystrokes)`, mark('keystroke', '≤ 10 ms median')],
    [
      `Misquote rule alone, 100 KB (${count(r.misquote.quotations)} quotations): fresh / keystroke median / p95, ms`,
      `${ms(r.misquote.coldMs)} / ${ms(r.misquote.keystrokeMedianMs)} / ${ms(r.misquote.keystrokeP95Ms)}`,
      mark('misquote', '≤ 5 ms p95 per keystroke'),
    ],
    ['… server, didChange → publishDiagnostics: median / p95, ms', `${ms(r.server.diagnosticsMedianMs)} / ${ms(r.server.diagnosticsP95Ms)} (${count(r.server.edits)} edits)`, ''],
    ['Hover, server: median / p99, ms', `${ms(r.server.hoverMedianMs)} / ${ms(r.server.hoverP99Ms)} (${count(r.server.hovers)} hovers)`, mark('hover', '< 2 ms p99')],
    ['Server resident memory after n edits', join(r.server.rss.map(([n, m]) => `${count(n)}: ${mib(m)}`)), mark('memory', 'flat')],
    [
      '100 KB draft against n facts, fresh checker, ms',
      `${join(r.flatness.map((f) => `${count(f.facts)}: ${ms(f.coldMs)}`))} (${s2(r.flatness[r.flatness.length - 1].coldMs / r.flatness[0].coldMs)}×)`,
      mark('flatness', '≤ 1.5×'),
    ],
    ['Fact base load, new process: time, heap, RSS', join(r.loads.map((l) => `${count(l.facts)} facts: ${ms(l.totalMs)} ms, ${mib(l.heapMB)}, ${mib(l.rssMB)}`)), mark('load', '100,000: ≤ 1.5 s, ≤ 400 MiB')],
  ];
  for (const corpus of [...new Set(r.peers.map((p) => p.corpus))]) {
    const runs = r.peers.filter((p) => p.corpus === corpus);
    const own = runs.find((p) => p.tool === 'sourcecheck');
    const cells = runs.map((p) => {
      const ratio = own && p !== own ? `, ${(p.wallS / own.wallS).toFixed(1)}×` : '';
      return `${p.tool} ${s2(p.wallS)} s (${p.peakMB === null ? '?' : mib(p.peakMB)}${ratio})`;
    });
    const target = corpus === '1,000 drafts' ? mark('markdown-it', mark('textlint', mark('cspell', '< cspell') + ', ≥ 5× textlint') + ', ≤ 2.5× markdown-it') : '';
    rows.push([`CLI, ${corpus}: wall (peak, peer ÷ sourcecheck), median of ${runs[0].runs}`, join(cells), target]);
  }
  const lines = ['| Measure | Result | Target |', '|---|---|---|', ...rows.map((cells) => `| ${cells.join(' | ')} |`)];
  return `${r.quick ? 'Quick run (reduced set). ' : ''}Measured on ${describeMachine(r.machine)}.\n\n${lines.join('\n')}\n`;
}

function size(bytes: number): string {
  return bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
