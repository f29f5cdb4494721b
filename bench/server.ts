import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  HoverRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type Position,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Rng } from './prng';
import { median, msSince, percentile } from './stats';
import { apply, Typist } from './typing';

/**
 * The built server over a real stdio LSP connection, driven as an editor drives it:
 * incremental single-character edits, each waited for until its diagnostics arrive,
 * with the debounce set to 0 so that what is timed is checking, not waiting.
 */

const SERVER = path.resolve(__dirname, '..', 'dist', 'server.js');
/** The first edits and hovers compile the server's hot paths; they are left out of the figures. */
const WARM_UP = 50;

export interface ServerFigures {
  edits: number;
  diagnosticsMedianMs: number;
  diagnosticsP95Ms: number;
  hovers: number;
  hoverMedianMs: number;
  hoverP99Ms: number;
  /** VmRSS after so many edits: [edits, MiB]. */
  rss: Array<[number, number]>;
  peakRssMB: number;
}

export async function serverBench(draft: string, edits: number, hovers: number): Promise<ServerFigures> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-bench-'));
  // BENCH_SERVER_PROF=DIR profiles the server under these edits (NODE_OPTIONS refuses --cpu-prof).
  const profile = process.env.BENCH_SERVER_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let waiting: { version: number; resolve: (p: PublishDiagnosticsParams) => void; reject: (e: Error) => void } | undefined;
  // A server that dies (out of memory, say) must fail the run, not leave it waiting.
  let exited: Error | undefined;
  child.once('exit', (code, signal) => {
    exited = new Error(`the server exited (${code ?? signal})`);
    waiting?.reject(exited);
  });
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    if (waiting && params.version === waiting.version) waiting.resolve(params);
  });
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({ debounceMs: 0 })));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.listen();
  const diagnosticsOf = (version: number) =>
    new Promise<PublishDiagnosticsParams>((resolve, reject) => (exited ? reject(exited) : (waiting = { version, resolve, reject })));
  try {
    const root = pathToFileURL(workspace).href;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'bench' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await connection.sendNotification('initialized', {});

    const uri = `${root}/draft.md`;
    let text = fs.readFileSync(draft, 'utf8');
    let doc = TextDocument.create(uri, 'markdown', 1, text);
    const opened = diagnosticsOf(1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await opened;

    const typist = new Typist(new Rng(7));
    const latencies: number[] = [];
    const rss: Array<[number, number]> = [];
    for (let i = 1; i <= edits; i++) {
      const k = typist.next(text);
      const at = doc.positionAt(k.offset);
      const change = { range: { start: at, end: at }, text: k.char };
      text = apply(text, k);
      doc = TextDocument.update(doc, [change], doc.version + 1);
      const published = diagnosticsOf(doc.version);
      const start = process.hrtime.bigint();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
      await published;
      if (i > WARM_UP) latencies.push(msSince(start));
      if (i === 100 || i % 1000 === 0 || i === edits) rss.push([i, vm(child.pid!, 'VmRSS')]);
    }

    const hoverTimes: number[] = [];
    for (const [i, position] of hoverPositions(doc, hovers + WARM_UP).entries()) {
      const start = process.hrtime.bigint();
      await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
      if (i >= WARM_UP) hoverTimes.push(msSince(start));
    }
    return {
      edits,
      diagnosticsMedianMs: median(latencies),
      diagnosticsP95Ms: percentile(latencies, 95),
      hovers,
      hoverMedianMs: median(hoverTimes),
      hoverP99Ms: percentile(hoverTimes, 99),
      rss,
      peakRssMB: vm(child.pid!, 'VmHWM'),
    };
  } finally {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    const killer = setTimeout(() => child.kill(), 2000);
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    clearTimeout(killer);
    connection.dispose();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/** Where a writer hovers: on names and figures, spread over the draft. */
function hoverPositions(doc: TextDocument, count: number): Position[] {
  const text = doc.getText();
  const offsets = [...text.matchAll(/Tokayev|Putin|Kazakhstan|\d{4}|\$\d/g)].map((m) => m.index! + 1);
  const rng = new Rng(11);
  return Array.from({ length: count }, () => doc.positionAt(rng.pick(offsets)));
}

/** A memory figure of a process from /proc, in MiB. */
function vm(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return kb / 1024;
}
