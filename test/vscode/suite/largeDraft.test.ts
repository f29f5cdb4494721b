// How long a writer waits for the first underline in a long draft: the example draft
// repeated to 100 KB, timed from showing it in an editor to its first diagnostics.
// The server judges each sentence once and remembers it by its text, so a verbatim repeat
// is its best case; tagging every sentence of each copy makes it judge all of them anew.
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { diagnosticsChange, ourDiagnostics, report, workspaceFile } from './helpers';

const SIZE = 100 * 1024;
// Far above what we measure (see the printed figures), so only a hang or a blow-up fails.
const BUDGET_MS = 20_000;

/** A lowercase tag that no fact base knows, different for each copy: "zqa", "zqb", … */
const tag = (i: number) => `zq${[...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;

/** Each prose sentence of copy i ends in its own tag, so no two copies share a sentence. */
function tagged(text: string, i: number): string {
  return text.split('\n').map((line) => (/^[A-Z]/.test(line) ? line.replace(/\.(?=\s|$)/g, ` (${tag(i)}).`) : line)).join('\n');
}

describe('100 KB draft', () => {
  let example: vscode.TextDocument;
  let perCopy: number;

  before(async () => {
    example = await vscode.workspace.openTextDocument(workspaceFile('draft.md'));
    perCopy = ourDiagnostics(example.uri).length;
    assert.ok(perCopy > 0, 'the example draft has findings');
  });

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeActiveEditor'));

  for (const [name, copy] of [['tagged', tagged], ['verbatim', (text: string) => text]] as const) {
    it(`shows the first diagnostics of ${name} copies within ${BUDGET_MS / 1000} s`, async () => {
      const copies = Math.ceil(SIZE / Buffer.byteLength(example.getText()));
      const text = Array.from({ length: copies }, (_, i) => copy(example.getText(), i)).join('\n\n');
      const uri = workspaceFile(`large-${name}.md`);
      await vscode.workspace.fs.writeFile(uri, Buffer.from(text));

      const first = diagnosticsChange(uri, (ours) => ours.length > 0, BUDGET_MS);
      const t0 = performance.now();
      await vscode.window.showTextDocument(uri);
      const shown = await first;
      report(`100 KB draft, ${name} copies (${Buffer.byteLength(text)} bytes, ${copies} × draft.md): `
        + `first diagnostics ${Math.round(performance.now() - t0)} ms after showTextDocument, ${shown.length} findings`);
      assert.equal(shown.length, copies * perCopy, 'every copy gets the findings of the example');
    });
  }
});
