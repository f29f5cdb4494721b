import { CodeActionKind, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSummaryRequest, DraftSourcesRequest, FactBaseRequest, ProposeFactsRequest, RecheckRequest } from '../shared/protocol';
import { codeActions } from './codeActions';
import { Diagnostics } from './diagnostics';
import { DocumentChecks } from './documentChecks';
import { definition } from './definition';
import { DraftConfigs } from './draftConfig';
import { documentSummary } from './documentSummary';
import { draftSources } from './draftSources';
import { FactBaseProblems } from './factBaseProblems';
import { FactBaseRefresh } from './factBaseRefresh';
import { FactBaseStore } from './factBaseStore';
import { FactBaseWatcher } from './factBaseWatcher';
import { FIX_ALL_KIND } from './fixActions';
import { hover } from './hover';
import { proposeFacts } from './proposeFacts';
import { SettingsSource } from './settingsSource';
import { WorkspaceFolders } from './workspaceFolders';

/** Wires the features to a connection; every handler stays a one-liner into a feature. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const folders = new WorkspaceFolders();
  let canPull = false;
  const settings = new SettingsSource(connection, () => canPull);
  const problems = new FactBaseProblems(connection);
  const watcher = new FactBaseWatcher((dir) => refresh.reload(dir));
  const factBases = new FactBaseStore((state) => {
    problems.report(state);
    watcher.watch(state.dir);
  });
  const checks = new DocumentChecks(settings, folders, factBases, new DraftConfigs(connection));
  const diagnostics = new Diagnostics(connection, documents, checks, settings);
  const refresh = new FactBaseRefresh(factBases, checks, diagnostics, watcher);
  let watchesFolders = false;
  let linkSupport = false;

  connection.onInitialize((params): InitializeResult => {
    folders.initialize(params);
    canPull = params.capabilities.workspace?.configuration === true;
    watchesFolders = params.capabilities.workspace?.workspaceFolders === true;
    linkSupport = params.capabilities.textDocument?.definition?.linkSupport === true;
    return { capabilities: capabilities(watchesFolders) };
  });
  connection.onInitialized(() => {
    if (watchesFolders) connection.workspace.onDidChangeWorkspaceFolders((event) => {
      folders.change(event);
      refresh.recheckAll();
    });
  });
  connection.onDidChangeConfiguration(({ settings: raw }) => {
    settings.changed(raw);
    refresh.recheckAll();
  });
  connection.onDidChangeWatchedFiles((params) => refresh.watchedFilesChanged(params));
  connection.onHover((params) => hover(params, documents, checks));
  connection.onDefinition((params) => definition(params, documents, checks, linkSupport));
  connection.onCodeAction((params) => codeActions(params, documents, checks));
  connection.onRequest(DocumentSummaryRequest, (params) => documentSummary(params, documents, checks));
  connection.onRequest(DraftSourcesRequest, (params) => draftSources(params, documents, checks));
  connection.onRequest(FactBaseRequest, (params) => refresh.info(params.uri));
  connection.onRequest(RecheckRequest, () => refresh.reloadAll());
  connection.onRequest(ProposeFactsRequest, (params) => proposeFacts(params, checks));
  connection.onShutdown(() => watcher.dispose());

  diagnostics.listen();
  documents.listen(connection);
  connection.listen();
}

function capabilities(watchesFolders: boolean): InitializeResult['capabilities'] {
  return {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    definitionProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND] },
    workspace: watchesFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
  };
}
