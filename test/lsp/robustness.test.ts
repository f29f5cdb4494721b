import * as assert from 'node:assert/strict';
import { startServer, type Started } from './lspServer';

const WRONG_DATE = 'Tokayev visited Sochi on August 21, 2022.';

describe('requests the server cannot answer', () => {
  let server: Started;
  afterEach(() => server.stop());

  async function stillAnswers(): Promise<void> {
    const uri = server.uri('alive.md');
    server.open(uri, WRONG_DATE);
    const published = await server.diagnosticsOf(uri);
    assert.equal(published.diagnostics[0]?.code, 'date-contradiction');
  }

  it('answers a hover on a document it never saw with nothing', async () => {
    server = await startServer();
    const hover = await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: server.uri('unknown.md') },
      position: { line: 0, character: 0 },
    });
    assert.equal(hover, null);
    await stillAnswers();
  });

  it('answers a hover past the end of the document with nothing', async () => {
    server = await startServer();
    const uri = server.uri('draft.md');
    server.open(uri, WRONG_DATE);
    const hover = await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 99, character: 500 },
    });
    assert.equal(hover, null);
    await stillAnswers();
  });

  it('answers code actions and the summary for an unknown document with nothing', async () => {
    server = await startServer();
    const uri = server.uri('unknown.md');
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    assert.deepEqual(await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }), []);
    assert.equal(await server.connection.sendRequest('sourcecheck/documentSummary', { uri }), null);
    await stillAnswers();
  });

  it('survives a request without its parameters', async () => {
    server = await startServer();
    await server.connection.sendRequest('textDocument/hover', {}).catch((error: Error) => error);
    await server.connection.sendRequest('sourcecheck/documentSummary', {}).catch((error: Error) => error);
    await stillAnswers();
  });
});
