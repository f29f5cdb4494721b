import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Location, LocationLink, Position, Range } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REPO, startServer, type Started } from './lspServer';

const WRONG_DATE = 'Tokayev visited Sochi on August 21, 2022.';
const RIGHT_DATE = 'Tokayev visited Sochi on August 19, 2022.';
const ON_THE_DATE = { line: 0, character: 30 };
const THE_DATE = { start: { line: 0, character: 25 }, end: { line: 0, character: 40 } };
const SOURCED = 'August 19, 2022';

interface Fact { source: string; quote: string }
interface Source { id: string; file: string }
const facts = readJson<{ facts: Fact[] }>('facts.json').facts;
const sources = readJson<{ sources: Source[] }>('sources.json').sources;

function readJson<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(REPO, 'facts', name), 'utf8')) as T;
}

async function openChecked(server: Started, text: string): Promise<string> {
  const uri = server.uri('draft.md');
  server.open(uri, text);
  await server.diagnosticsOf(uri);
  return uri;
}

function definitionAt(server: Started, uri: string, position: Position): Promise<Location | LocationLink[] | null> {
  return server.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position });
}

/** The passage a location selects, and the fact whose quote it is, if any. */
function passageAt(uri: string, range: Range): { passage: string; fact?: Fact } {
  const file = fileURLToPath(uri);
  const passage = TextDocument.create(uri, 'plaintext', 1, fs.readFileSync(file, 'utf8')).getText(range);
  const fact = facts.find((f) => f.quote === passage && sources.find((s) => s.id === f.source)?.file === path.basename(file));
  return { passage, fact };
}

describe('go to definition', () => {
  let server: Started;
  afterEach(() => server.stop());

  for (const [verdict, draft] of [['contradicted', WRONG_DATE], ['supported', RIGHT_DATE]]) {
    it(`opens the source text of a ${verdict} date with its quote selected`, async () => {
      server = await startServer();
      const location = await definitionAt(server, await openChecked(server, draft), ON_THE_DATE);

      assert.ok(location && !Array.isArray(location), 'a single location');
      assert.equal(path.dirname(fileURLToPath(location.uri)), path.join(REPO, 'facts', 'sources'));
      const { passage, fact } = passageAt(location.uri, location.range);
      assert.ok(fact, `the selection is a fact's quote in that source: “${passage}”`);
      assert.ok(passage.includes(SOURCED), `the quote states the sourced date: “${passage}”`);
    });
  }

  it('gives a client that takes links the claim it starts from as well', async () => {
    server = await startServer({ textDocument: { definition: { linkSupport: true } } });
    const links = await definitionAt(server, await openChecked(server, WRONG_DATE), ON_THE_DATE);

    assert.ok(Array.isArray(links) && links.length === 1, 'one link');
    const [link] = links;
    assert.deepEqual(link.originSelectionRange, THE_DATE, 'the whole claim is the origin');
    assert.deepEqual(link.targetSelectionRange, link.targetRange);
    assert.ok(passageAt(link.targetUri, link.targetRange).fact, 'the target is the quote');
  });

  it('has no definition for an unsourced claim, a name alone, or plain words', async () => {
    server = await startServer();
    const draft = 'Recep Tayyip Erdogan and Tokayev signed two agreements on Kazakhstan.';
    const uri = server.uri('draft.md');
    server.open(uri, draft);
    const { diagnostics } = await server.diagnosticsOf(uri);
    const unsourced = diagnostics.find((d) => d.code === 'unsourced-claim');
    assert.ok(unsourced, `an unsourced claim: ${JSON.stringify(diagnostics)}`);

    for (const position of [unsourced.range.start, { line: 0, character: draft.indexOf('Tokayev') + 1 }, { line: 0, character: draft.indexOf('signed') }]) {
      assert.equal(await definitionAt(server, uri, position), null, `at ${JSON.stringify(position)}`);
    }
  });

  it('opens the source passage that a quotation follows', async () => {
    server = await startServer();
    const draft = 'Başaran wrote: “the summit held in Sochi is extremely important”.';
    const location = await definitionAt(server, await openChecked(server, draft), { line: 0, character: draft.indexOf('extremely') });

    assert.ok(location && !Array.isArray(location), 'a single location');
    const { passage } = passageAt(location.uri, location.range);
    assert.match(passage, /the summit held in Sochi is extremely important/);
  });
});
