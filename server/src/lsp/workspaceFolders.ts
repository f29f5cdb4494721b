import type { InitializeParams, WorkspaceFoldersChangeEvent } from 'vscode-languageserver/node';
import { isInside, uriToPath } from './uris';

/** The local folders of the workspace, for finding a draft's `facts/` and relative settings. */
export class WorkspaceFolders {
  private folders: string[] = [];

  initialize(params: InitializeParams): void {
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = localPaths(uris);
  }

  change(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(localPaths(event.removed.map((f) => f.uri)));
    this.folders = [...this.folders.filter((f) => !removed.has(f)), ...localPaths(event.added.map((f) => f.uri))];
  }

  /** The innermost folder holding the document; the first folder for untitled drafts. */
  folderFor(uri: string | undefined): string | undefined {
    const file = uri ? uriToPath(uri) : undefined;
    if (!file) return this.folders[0];
    const holding = this.folders.filter((folder) => isInside(file, folder));
    return holding.sort((a, b) => b.length - a.length)[0];
  }
}

function localPaths(uris: string[]): string[] {
  return uris.map(uriToPath).filter((p): p is string => p !== undefined);
}
