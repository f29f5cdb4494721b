// The Explorer's Source Check view on the example draft: it shows what the CLI reports,
// a claim reveals itself in the draft, its context action opens the quote, and it
// follows the diagnostics.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SourceCheckApi } from '../../../client/src/extension';
import type { SourceNode } from '../../../client/src/sourceTreeItems';
import { EXTENSION_ID, SOCHI, describeDiagnostics, rangeNear, waitFor, workspaceFile } from './helpers';

interface JsonReport {
  files: Array<{
    findings: Array<{ rule: string; range: JsonRange; sourceId?: string }>;
    supported: Array<{ range: JsonRange; factId: string }>;
  }>;
}
interface JsonRange { start: { line: number; character: number }; end: { line: number; character: number } }

const VERDICT_OF_ICON: Record<string, string> = { pass: 'supported', error: 'contradicted', question: 'unsourced' };

function extension(): vscode.Extension<SourceCheckApi> {
  const ext = vscode.extensions.getExtension<SourceCheckApi>(EXTENSION_ID);
  if (!ext?.isActive) throw new Error(`${EXTENSION_ID} is not active`);
  return ext;
}

/** Every claim row of the view as "source title | verdict | draft words @ line:col-line:col". */
function rowsOfView(doc: vscode.TextDocument): string[] {
  const view = extension().exports.sourcesView;
  return view.getChildren().flatMap((parent) => {
    const heading = String(view.getTreeItem(parent).label);
    return view.getChildren(parent).map((node) => {
      const item = view.getTreeItem(node);
      const range = item.command?.arguments?.[1] as vscode.Range;
      assert.equal(String(item.label), doc.getText(range), 'a claim is labelled with the draft’s own words');
      return row(heading, VERDICT_OF_ICON[(item.iconPath as vscode.ThemeIcon).id], doc.getText(range), range);
    });
  });
}

/** The same rows from `sourcecheck check FILE --format json`, with titles from the fact base. */
function rowsOfCli(doc: vscode.TextDocument): string[] {
  const { extensionPath } = extension();
  const cli = spawnSync(process.execPath, [path.join(extensionPath, 'dist', 'cli.js'), 'check', doc.uri.fsPath, '--format', 'json'], { encoding: 'utf8' });
  assert.ok(cli.status === 0 || cli.status === 1, `the CLI ran: ${cli.stderr}`);
  const [file] = (JSON.parse(cli.stdout) as JsonReport).files;
  const facts = readFacts<{ id: string; source: string }>(extensionPath, 'facts.json', 'facts');
  const sources = readFacts<{ id: string; title: string }>(extensionPath, 'sources.json', 'sources');
  const title = (id: string | undefined) => sources.find((s) => s.id === id)?.title ?? `no source ${id}`;
  const at = (r: JsonRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  const found = file.findings.flatMap((f) => {
    if (f.rule === 'unsourced-claim') return [row('Unsourced claims', 'unsourced', doc.getText(at(f.range)), at(f.range))];
    return f.rule.endsWith('-contradiction') ? [row(title(f.sourceId), 'contradicted', doc.getText(at(f.range)), at(f.range))] : [];
  });
  const supported = file.supported.map((s) => row(title(facts.find((f) => f.id === s.factId)?.source), 'supported', doc.getText(at(s.range)), at(s.range)));
  return [...found, ...supported];
}

function readFacts<T>(extensionPath: string, file: string, key: string): T[] {
  return (JSON.parse(fs.readFileSync(path.join(extensionPath, 'facts', file), 'utf8')) as Record<string, T[]>)[key];
}

function row(heading: string, verdict: string, words: string, r: vscode.Range): string {
  return `${heading} | ${verdict} | ${words} @ ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** The view's node for the Sochi claim, once the view shows the draft with that verdict. */
function sochiNode(doc: vscode.TextDocument, verdict: string, words: string): Promise<SourceNode> {
  const view = extension().exports.sourcesView;
  const claim = rangeNear(doc, words, SOCHI.anchor);
  return waitFor(`the Sources view to show “${words}” as ${verdict}`, () => {
    if (view.shownDraft?.toString() !== doc.uri.toString()) return undefined;
    return view.getChildren().flatMap((parent) => view.getChildren(parent)).find((node) => {
      const item = view.getTreeItem(node);
      const range = item.command?.arguments?.[1] as vscode.Range | undefined;
      return range?.isEqual(claim) && VERDICT_OF_ICON[(item.iconPath as vscode.ThemeIcon).id] === verdict;
    });
  }, 30_000, () => describeDiagnostics(doc.uri));
}

describe('the Source Check view', () => {
  const uri = workspaceFile('draft.md');
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await sochiNode(doc, 'contradicted', SOCHI.claimed);
  });

  after(async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('shows the sources and claims that the CLI’s JSON reports for the draft', () => {
    assert.ok(!doc.isDirty, 'the CLI reads the draft as saved');
    const rows = rowsOfView(doc);
    for (const verdict of ['supported', 'contradicted', 'unsourced']) assert.ok(rows.some((r) => r.includes(`| ${verdict} |`)), `a ${verdict} claim: ${rows.join('\n')}`);
    assert.deepEqual(rows.sort(), rowsOfCli(doc).sort());
  });

  it('reveals a claim in the draft when it is selected', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const item = extension().exports.sourcesView.getTreeItem(await sochiNode(doc, 'contradicted', SOCHI.claimed));
    assert.ok(item.command, 'a claim runs a command when selected');

    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));

    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), uri.toString());
    assert.equal(active?.document.getText(active.selection), SOCHI.claimed);
  });

  it('opens the source at the quote from the claim’s context action, and keeps showing the draft', async () => {
    const view = extension().exports.sourcesView;
    const node = await sochiNode(doc, 'contradicted', SOCHI.claimed);
    assert.equal(view.getTreeItem(node).contextValue, 'sourcecheck.quotedClaim');
    const refreshed = new Promise<void>((resolve) => {
      const once = view.onDidChangeTreeData(() => resolve(once.dispose()));
    });

    await vscode.commands.executeCommand('sourcecheck.openQuote', node);

    const active = vscode.window.activeTextEditor;
    assert.match(active?.document.uri.fsPath ?? '', /[\\/]facts[\\/]sources[\\/][^\\/]+\.txt$/);
    assert.ok(active?.document.getText(active.selection).includes(SOCHI.sourced), 'the quote is selected');
    await refreshed;
    assert.equal(view.shownDraft?.toString(), uri.toString(), 'the view still shows the draft');
  });

  it('follows the diagnostics: a fixed claim turns supported', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const claim = rangeNear(doc, SOCHI.claimed, SOCHI.anchor);
    assert.ok(await editor.edit((edit) => edit.replace(claim, SOCHI.sourced)));

    await sochiNode(doc, 'supported', SOCHI.sourced);
  });
});
