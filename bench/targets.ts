import { FLOOR_TOOL } from './peers';
import type { Results } from './results';

/** Issue 4's targets, and issues 9 and 10's on speed and scale, judged on a run's figures. */
export interface Target {
  id: 'keystroke' | 'misquote' | 'hover' | 'floor' | 'flatness' | 'load' | 'cspell' | 'textlint' | 'markdown-it' | 'memory';
  target: string;
  figure: string;
  met: boolean;
}

/** Resident memory counts as flat when the last reading is within this factor of the one after 100 edits. */
const FLAT_RSS = 1.2;

export function judge(r: Results): Target[] {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const out: Target[] = [
    {
      id: 'keystroke',
      target: 'one keystroke in 100 KB: ≤ 10 ms median (engine)',
      figure: `${ms(r.keystrokes.medianMs)} engine; ${ms(r.server.diagnosticsMedianMs)} didChange→publishDiagnostics`,
      met: r.keystrokes.medianMs <= 10,
    },
    {
      id: 'misquote',
      target: 'misquote rule, one keystroke in 100 KB: ≤ 5 ms p95',
      figure: `${ms(r.misquote.keystrokeP95Ms)} p95, ${ms(r.misquote.coldMs)} fresh`,
      met: r.misquote.keystrokeP95Ms <= 5,
    },
    { id: 'hover', target: 'hover: < 2 ms p99', figure: ms(r.server.hoverP99Ms), met: r.server.hoverP99Ms < 2 },
  ];
  const worst = r.throughput.reduce((a, b) => (b.ofFloor < a.ofFloor ? b : a));
  out.push({ id: 'floor', target: 'engine ≥ ¼ of the floor', figure: `${pct(worst.ofFloor)} at worst (${worst.name})`, met: worst.ofFloor >= 0.25 });
  const first = r.flatness[0];
  const last = r.flatness[r.flatness.length - 1];
  const growth = last.coldMs / first.coldMs;
  out.push({ id: 'flatness', target: `${count(last.facts)} facts ≤ 1.5× ${count(first.facts)}`, figure: `${growth.toFixed(2)}×`, met: growth <= 1.5 });
  const biggest = r.loads[r.loads.length - 1];
  out.push({
    id: 'load',
    target: `load ${count(biggest.facts)} facts: ≤ 1.5 s and ≤ 400 MiB RSS`,
    figure: `${(biggest.totalMs / 1000).toFixed(2)} s, ${mib(biggest.rssMB)}`,
    met: biggest.totalMs <= 1500 && biggest.rssMB <= 400,
  });
  const folder = (tool: string) => r.peers.find((p) => p.corpus === '1,000 drafts' && p.tool === tool)?.wallS;
  const [sc, cspell, textlint, floor] = [folder('sourcecheck'), folder('cspell'), folder('textlint+prh'), folder(FLOOR_TOOL)];
  if (sc !== undefined && floor !== undefined) {
    out.push({ id: 'markdown-it', target: '1,000 drafts: ≤ 2.5× markdown-it read+parse', figure: `${(sc / floor).toFixed(1)}× (${sc.toFixed(2)} s vs ${floor.toFixed(2)} s)`, met: sc / floor <= 2.5 });
  }
  if (sc !== undefined && cspell !== undefined && textlint !== undefined) {
    out.push({ id: 'cspell', target: '1,000 drafts: faster than cspell', figure: `${sc.toFixed(2)} s vs ${cspell.toFixed(2)} s`, met: sc < cspell });
    out.push({ id: 'textlint', target: '1,000 drafts: ≥ 5× faster than textlint+prh', figure: `${(textlint / sc).toFixed(1)}×`, met: textlint / sc >= 5 });
  }
  const early = r.server.rss[0];
  const late = r.server.rss[r.server.rss.length - 1];
  out.push({
    id: 'memory',
    target: `server memory flat over ${count(late[0])} edits`,
    figure: `${mib(early[1])} after ${count(early[0])}, ${mib(late[1])} after ${count(late[0])}`,
    met: late[1] <= early[1] * FLAT_RSS,
  });
  return out;
}

export const pct = (x: number): string => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;
export const count = (n: number): string => n.toLocaleString('en-US');
export const mib = (n: number): string => `${Math.round(n)} MiB`;
