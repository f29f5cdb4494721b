import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SETTINGS_SECTION } from '../../server/src/shared/settings';

/**
 * The bundled server over IPC. Its id is the settings section, so the client reads
 * `sourcecheck.trace.server` by itself.
 */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/facts/*.json'),
        vscode.workspace.createFileSystemWatcher('**/facts/sources/*.txt'),
        // A facts/ folder that arrives whole (copied, checked out, renamed) is reported
        // only as the folder: the server then looks for the fact base again.
        vscode.workspace.createFileSystemWatcher('**/facts'),
        // The config file the CLI reads too: an edit of it re-checks the open drafts.
        vscode.workspace.createFileSystemWatcher('**/{sourcecheck.config.json,.sourcecheckrc.json}'),
      ],
    },
  };
  return new LanguageClient(SETTINGS_SECTION, 'Source Check', serverOptions, clientOptions);
}
