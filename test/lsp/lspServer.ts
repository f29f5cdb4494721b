import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type PublishDiagnosticsParams,
  type ProtocolConnection,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Starts the built server (`dist/server.js --stdio`) in a fresh workspace folder and
 * talks to it as an editor would. Tests wait for state (the next diagnostics, a
 * message) with a deadline, never for time.
 */

export const REPO = path.resolve(__dirname, '..', '..');
const SERVER = path.join(REPO, 'dist', 'server.js');
const DEADLINE_MS = 8000;

export interface StartOptions {
  /** Copy the bundled fact base into the workspace's facts/ first, so a test may edit it. */
  withOwnFacts?: boolean;
  /** What the editor answers for `sourcecheck.*`. */
  settings?: Record<string, unknown>;
  /** Client capabilities under `textDocument`, over the defaults below. */
  textDocument?: Record<string, unknown>;
}

export type Started = Awaited<ReturnType<typeof startServer>>;

export async function startServer(options: StartOptions = {}) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcecheck-lsp-'));
  if (options.withOwnFacts) fs.cpSync(path.join(REPO, 'facts'), path.join(workspace, 'facts'), { recursive: true });
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const updates = new EventEmitter();
  /** The latest diagnostics of each URI, every publication in order, every message shown. */
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const published: PublishDiagnosticsParams[] = [];
  const messages: ShowMessageParams[] = [];
  let settings = options.settings ?? {};
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    diagnostics.set(params.uri, params);
    published.push(params);
    updates.emit('update');
  });
  connection.onNotification(ShowMessageNotification.type, (params) => {
    messages.push(params);
    updates.emit('update');
  });
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => settings));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.listen();
  await initialize(connection, workspace, options.textDocument);

  const wait = <T>(what: string, probe: () => T | undefined | false) => waitFor(updates, what, probe, () => stderr);
  return {
    connection,
    workspace,
    diagnostics,
    published,
    messages,
    /** Resolves with the first value of `probe` that is neither undefined nor false, re-probed on every message. */
    waitFor: wait,
    /** The diagnostics of a draft, once published (for `version`, when given). */
    diagnosticsOf: (uri: string, version?: number) =>
      wait(`diagnostics of ${uri}${version ? ` at version ${version}` : ''}`, () => {
        const latest = diagnostics.get(uri);
        return latest && (version === undefined || latest.version === version) && latest;
      }),
    uri: (relative: string) => pathToFileURL(path.join(workspace, relative)).href,
    open: (uri: string, text: string) =>
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } }),
    change: (uri: string, text: string, version: number) =>
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] }),
    /** The writer edits their settings: the editor answers differently from now on, and says so. */
    changeSettings: (next: Record<string, unknown>) => {
      settings = next;
      void connection.sendNotification('workspace/didChangeConfiguration', { settings: { sourcecheck: next } });
    },
    stop: () => stop(connection, child, workspace),
  };
}

async function initialize(connection: ProtocolConnection, workspace: string, textDocument: Record<string, unknown> = {}): Promise<void> {
  const uri = pathToFileURL(workspace).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: 'drafts' }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false } },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { versionSupport: true, relatedInformation: true },
        codeAction: { isPreferredSupport: true },
        ...textDocument,
      },
    },
  });
  await connection.sendNotification('initialized', {});
}

function waitFor<T>(updates: EventEmitter, what: string, probe: () => T | undefined | false, stderr: () => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = probe();
      if (value === undefined || value === false) return;
      cleanup();
      resolve(value);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for ${what}${stderr() ? `\nserver stderr:\n${stderr()}` : ''}`));
    }, DEADLINE_MS);
    const cleanup = () => {
      clearTimeout(timer);
      updates.off('update', check);
    };
    updates.on('update', check);
    check();
  });
}

async function stop(connection: ProtocolConnection, child: ChildProcess, workspace: string): Promise<void> {
  const exited = child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve();
  await connection.sendRequest('shutdown').catch(() => undefined);
  await connection.sendNotification('exit').catch(() => undefined);
  const killer = setTimeout(() => child.kill(), 2000);
  await exited;
  clearTimeout(killer);
  connection.dispose();
  fs.rmSync(workspace, { recursive: true, force: true });
}

/** The text after the edits a code action makes to one document. */
export function applyEdit(text: string, uri: string, edit: WorkspaceEdit | undefined): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edit?.changes?.[uri] ?? []);
}
