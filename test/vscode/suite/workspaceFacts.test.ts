// A workspace's own facts/ folder: preferred to the bundled one, reloaded when its files
// change on disk (through VS Code's file watcher), and kept at its last good state when
// an edit breaks it, with the error shown in the fact file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, SOCHI, describeDiagnostics, hoverTextAt, ourDiagnostics, rangeNear, sochiFinding, waitFor, workspaceFile } from './helpers';

const SOURCE_ID = 'basaran-sochi-visit';

describe('workspace fact base', () => {
  const dir = workspaceFile('facts').fsPath;
  const sourcesFile = path.join(dir, 'sources.json');
  const factsFile = vscode.Uri.file(path.join(dir, 'facts.json'));
  let doc: vscode.TextDocument;
  let claimAt: vscode.Position;

  const retitle = (file: string, title: string) => {
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { sources: { id: string; title: string }[] };
    json.sources.find((s) => s.id === SOURCE_ID)!.title = title;
    fs.writeFileSync(file, JSON.stringify(json, null, 2));
  };
  // On a timeout: what the hover said, and any fact base problems the server reported.
  let lastHover = '';
  const seen = () => ({
    hover: lastHover,
    factFiles: vscode.languages.getDiagnostics().filter(([uri]) => uri.fsPath.startsWith(dir))
      .map(([uri, ds]) => `${path.relative(dir, uri.fsPath)}: ${ds.map((d) => d.message).join('; ')}`),
  });
  const hoverShows = (title: string) => waitFor(`the hover to cite "${title}"`, async () => {
    lastHover = await hoverTextAt(doc.uri, claimAt);
    return lastHover.includes(title) ? true : undefined;
  }, 30_000, seen);

  before(async () => {
    doc = await vscode.workspace.openTextDocument(workspaceFile('draft.md'));
    await vscode.window.showTextDocument(doc);
    claimAt = rangeNear(doc, SOCHI.claimed, SOCHI.anchor).start.translate(0, 1);
    await waitFor('the Sochi finding', () => sochiFinding(doc), 30_000, () => describeDiagnostics(doc.uri));
  });

  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    // Back on the bundled fact base, the Sochi finding cites the original title.
    await waitFor('the bundled fact base again', async () => {
      const text = await hoverTextAt(doc.uri, claimAt);
      return text.includes('Workspace copy') ? undefined : true;
    });
  });

  it('is used as soon as it appears', async () => {
    // Whole, as a checkout, an unzip or a move brings it: made aside, then renamed into place.
    const staging = workspaceFile('.facts-staging').fsPath;
    fs.cpSync(path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'facts'), staging, { recursive: true });
    retitle(path.join(staging, 'sources.json'), 'Workspace copy 1');
    fs.renameSync(staging, dir);
    await hoverShows('Workspace copy 1');
  });

  it('is reloaded when a file changes', async () => {
    retitle(sourcesFile, 'Workspace copy 2');
    await hoverShows('Workspace copy 2');
  });

  it('keeps its last good state when broken and shows the error in the fact file', async () => {
    fs.writeFileSync(factsFile.fsPath, '{ "facts": [ ');
    await waitFor('a diagnostic in facts.json', () => (ourDiagnostics(factsFile).length > 0 ? true : undefined), 30_000);
    await hoverShows('Workspace copy 2');
    await waitFor('the Sochi finding', () => sochiFinding(doc), 30_000, () => describeDiagnostics(doc.uri));
  });
});
