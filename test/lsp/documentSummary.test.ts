import * as assert from 'node:assert/strict';
import { DocumentSummaryRequest, FactBaseRequest } from '../../server/src/shared/protocol';
import { REPO, startServer, type Started } from './lspServer';

describe('the document summary (status bar and "list sources")', () => {
  let server: Started;
  afterEach(() => server.stop());

  it('counts sourced and contradicted claims and names the sources they rest on', async () => {
    server = await startServer();
    const uri = server.uri('draft.md');
    server.open(uri, 'Tokayev visited Sochi on August 19, 2022.\n\nTokayev visited Sochi on August 21, 2022.\n');
    await server.diagnosticsOf(uri);

    const summary = await server.connection.sendRequest(DocumentSummaryRequest, { uri });

    assert.ok(summary);
    assert.equal(summary.sourced >= 1, true);
    assert.equal(summary.contradicted, 1);
    const source = summary.sources.find((s) => s.id === 'basaran-sochi-visit');
    assert.ok(source, 'the Sochi article is listed');
    assert.equal(source.author, 'Doğacan Başaran');
    assert.match(source.uri, /^file:\/\/.*\/facts\/sources\/.+\.txt$/);
  });

  it('names the fact base in use: the bundled one for a workspace without facts/', async () => {
    server = await startServer();

    const info = await server.connection.sendRequest(FactBaseRequest, { uri: server.uri('draft.md') });

    assert.equal(info.dir, `${REPO}/facts`);
    assert.deepEqual(info.problems, []);
  });
});
