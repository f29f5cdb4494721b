// The writer's path through the bundled example draft: a contradicted date is underlined,
// the hover cites the source, Go to Definition opens it at the quote, and the preferred
// quick fix puts the sourced date in.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { sourcedDate } from './factBase';
import {
  SOCHI, describeDiagnostics, hoverText, hoverTextAt, ourDiagnostics, rangeNear, report, ruleOf, waitFor, workspaceFile,
} from './helpers';

const { anchor: ANCHOR, claimed: CLAIMED, sourced: SOURCED } = SOCHI;

describe('example draft', () => {
  const uri = workspaceFile('draft.md');
  let doc: vscode.TextDocument;
  let claim: vscode.Range;
  let finding: vscode.Diagnostic;
  let initialCount: number;

  const findingAt = (range: vscode.Range) => ourDiagnostics(uri).find(
    (d) => ruleOf(d) === 'date-contradiction' && d.range.intersection(range) !== undefined,
  );

  before(async () => {
    const t0 = Date.now();
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    claim = rangeNear(doc, CLAIMED, ANCHOR);
    finding = await waitFor('a date-contradiction on the Sochi date', () => findingAt(claim), 60_000,
      () => describeDiagnostics(uri));
    initialCount = ourDiagnostics(uri).length;
    report(`first diagnostics on draft.md ${Date.now() - t0} ms after opening (includes activation)`);
  });

  after(async () => {
    // Leave the file as found: later tests and reruns use the same workspace.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the findings of the reverted draft', () => (ourDiagnostics(uri).length === initialCount ? true : undefined),
      30_000, () => describeDiagnostics(uri));
  });

  it('reports the contradicted date with the sourced one', () => {
    assert.equal(finding.source, 'sourcecheck');
    assert.equal(doc.getText(finding.range), CLAIMED);
    assert.match(finding.message, new RegExp(SOURCED));
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);
  });

  it('hovers the claim with the quote and the source title', async () => {
    const fact = sourcedDate('sochi', { year: 2022, month: 8, day: 19 });
    const text = await hoverTextAt(uri, claim.start.translate(0, 1));
    assert.ok(text.includes(hoverText([new vscode.Hover(fact.quote)])), `quote missing from hover: ${text}`);
    assert.ok(text.includes(fact.sourceTitle), `source title missing from hover: ${text}`);
  });

  it('goes to the definition of the claim: the source text, with the quote selected', async () => {
    const fact = sourcedDate('sochi', { year: 2022, month: 8, day: 19 });
    const links = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', uri, claim.start.translate(0, 1));
    assert.equal(links.length, 1, `one definition: ${JSON.stringify(links)}`);
    const [link] = links;
    const target = 'targetUri' in link ? { uri: link.targetUri, range: link.targetSelectionRange ?? link.targetRange } : link;
    const source = await vscode.workspace.openTextDocument(target.uri);
    assert.match(target.uri.fsPath, /[\\/]facts[\\/]sources[\\/][^\\/]+\.txt$/);
    assert.equal(source.getText(target.range), fact.quote);
  });

  it('fixes the claim with the preferred quick fix', async () => {
    const before = ourDiagnostics(uri).length;
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value, 10);
    // Actions come back without their diagnostics, so "ours" is the preferred one editing the claim.
    const fix = actions.find((a): a is vscode.CodeAction =>
      typeof a.command !== 'string' && (a as vscode.CodeAction).isPreferred === true
      && ((a as vscode.CodeAction).edit?.get(uri) ?? []).some((e) => e.range.intersection(finding.range) !== undefined));
    assert.ok(fix?.edit, `no preferred quick fix editing the claim among: ${actions.map((a) => a.title).join(' | ')}`);

    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const fixedLine = doc.lineAt(claim.start.line).text;
    assert.ok(fixedLine.includes(SOURCED) && !fixedLine.includes(CLAIMED), `line after the fix: ${fixedLine}`);

    const fixed = rangeNear(doc, SOURCED, ANCHOR);
    await waitFor('the date-contradiction to clear', () => (findingAt(fixed) ? undefined : true), 30_000,
      () => describeDiagnostics(uri));
    // The server kept checking the rest of the draft: only this finding went away.
    await waitFor('the other findings to be republished', () => {
      const n = ourDiagnostics(uri).length;
      return n === before - 1 ? n : undefined;
    }, 30_000, () => describeDiagnostics(uri));
  });
});
