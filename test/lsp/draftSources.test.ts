import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftSourcesRequest, type SourcedClaim } from '../../server/src/shared/protocol';
import { startServer, type Started } from './lspServer';

const DRAFT = [
  'Tokayev visited Sochi on August 19, 2022.',
  '',
  'Tokayev visited Sochi on August 21, 2022.',
  '',
  'Recep Tayyip Erdogan and Tokayev signed two agreements on Kazakhstan.',
].join('\n');

async function sourcesOf(server: Started, text: string) {
  const uri = server.uri('draft.md');
  server.open(uri, text);
  await server.diagnosticsOf(uri);
  return server.connection.sendRequest(DraftSourcesRequest, { uri });
}

/** A claim as the writer reads it in the view: its verdict, its words and its line. */
function shown(claim: SourcedClaim): string {
  return `${claim.verdict} “${claim.claimText}” line ${claim.range.start.line + 1}`;
}

function quoted(claim: SourcedClaim): string | undefined {
  if (!claim.quote) return undefined;
  const text = fs.readFileSync(fileURLToPath(claim.quote.uri), 'utf8');
  return TextDocument.create(claim.quote.uri, 'plaintext', 1, text).getText(claim.quote.range);
}

describe('the sources of a draft (the Sources view)', () => {
  let server: Started;
  afterEach(() => server.stop());

  it('lists each source with its claims in the draft’s order, then the unsourced claims', async () => {
    server = await startServer();
    const view = await sourcesOf(server, DRAFT);

    assert.ok(view);
    assert.deepEqual(view.sources.map((s) => [s.title, s.author, s.date]), [
      ['Efforts to Strengthen the Regional Security Environment: Visit of the President of Kazakhstan to Sochi', 'Doğacan Başaran', '2022 (inferred)'],
    ]);
    assert.deepEqual(view.sources[0].claims.map(shown), ['supported “August 19, 2022” line 1', 'contradicted “August 21, 2022” line 3']);
    assert.deepEqual(view.unsourced.map(shown), ['unsourced “two” line 5']);
  });

  it('says what the source says instead, and where it says it', async () => {
    server = await startServer();
    const view = await sourcesOf(server, DRAFT);

    const [supported, contradicted] = view?.sources[0].claims ?? [];
    assert.equal(contradicted.expected, 'August 19, 2022');
    assert.equal(quoted(contradicted), 'Mr. Tokayev visited the Sochi on August 19, 2022');
    assert.equal(quoted(supported), quoted(contradicted), 'both claims rest on the same quote');
    assert.equal(view?.unsourced[0].quote, undefined);
  });

  it('answers nothing for a document it never saw', async () => {
    server = await startServer();

    assert.equal(await server.connection.sendRequest(DraftSourcesRequest, { uri: server.uri('unknown.md') }), null);
  });
});
