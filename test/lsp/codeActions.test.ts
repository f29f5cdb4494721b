import * as assert from 'node:assert/strict';
import type { CodeAction, Range } from 'vscode-languageserver-protocol';
import { applyEdit, startServer, type Started } from './lspServer';

const WRONG_DATE = 'Tokayev visited Sochi on August 21, 2022.';
const RIGHT_DATE = 'Tokayev visited Sochi on August 19, 2022.';
const THE_DATE: Range = { start: { line: 0, character: 25 }, end: { line: 0, character: 40 } };

describe('code actions', () => {
  let server: Started;
  afterEach(() => server.stop());

  async function actions(text: string, range: Range, only?: string[]): Promise<{ uri: string; actions: CodeAction[] }> {
    const uri = server.uri('draft.md');
    server.open(uri, text);
    const published = await server.diagnosticsOf(uri);
    const context = { diagnostics: published.diagnostics, only };
    const result: CodeAction[] = await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context });
    return { uri, actions: result };
  }

  it('offers the sourced date as the preferred quick fix', async () => {
    server = await startServer();
    const { uri, actions: found } = await actions(WRONG_DATE, THE_DATE);

    const fix = found.find((a) => a.isPreferred);
    assert.ok(fix, 'a preferred fix is offered');
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.diagnostics?.[0].code, 'date-contradiction');
    assert.equal(applyEdit(WRONG_DATE, uri, fix.edit), RIGHT_DATE);
  });

  it('fixes every finding at once with source.fixAll.sourcecheck', async () => {
    server = await startServer();
    const draft = `${WRONG_DATE}\n\nLater: ${WRONG_DATE}\n`;
    const { uri, actions: found } = await actions(draft, THE_DATE, ['source.fixAll']);

    assert.deepEqual(found.map((a) => a.kind), ['source.fixAll.sourcecheck']);
    assert.equal(applyEdit(draft, uri, found[0].edit), `${RIGHT_DATE}\n\nLater: ${RIGHT_DATE}\n`);
  });

  it('inserts a citation: a footnote reference after the claim and a footnote naming the source', async () => {
    server = await startServer();
    const draft = `${RIGHT_DATE}\n`;
    const { uri, actions: found } = await actions(draft, THE_DATE);

    const cite = found.find((a) => a.title.startsWith('Cite'));
    assert.ok(cite, 'a citation is offered for a supported claim');
    const cited = applyEdit(draft, uri, cite.edit);
    const [first, , footnote] = cited.split('\n');
    assert.match(first, /^Tokayev visited Sochi on August 19, 2022\[\^[a-z0-9-]+\]\.$/);
    assert.match(footnote, /^\[\^[a-z0-9-]+\]: Efforts to Strengthen the Regional Security Environment.*, Doğacan Başaran, 2022/);
  });

  it('ignores a claim with an inline comment, which silences its finding', async () => {
    server = await startServer();
    const { uri, actions: found } = await actions(WRONG_DATE, THE_DATE);

    const ignore = found.find((a) => a.title.startsWith('Ignore'));
    assert.ok(ignore, 'ignoring is offered');
    const ignored = applyEdit(WRONG_DATE, uri, ignore.edit);
    assert.equal(ignored, `${WRONG_DATE} <!-- sourcecheck-ignore: August 21, 2022 -->`);

    server.change(uri, ignored, 2);
    const published = await server.diagnosticsOf(uri, 2);
    assert.deepEqual(published.diagnostics, []);
  });

  it('offers nothing away from the claims', async () => {
    server = await startServer();
    const elsewhere = { start: { line: 0, character: 8 }, end: { line: 0, character: 8 } };
    const { actions: found } = await actions(WRONG_DATE, elsewhere, ['quickfix']);

    assert.deepEqual(found, []);
  });
});
