import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { startServer, type Started } from './lspServer';

const WRONG_DATE = 'Tokayev visited Sochi on August 21, 2022.';
const RIGHT_DATE = 'Tokayev visited Sochi on August 19, 2022.';
const ON_THE_DATE = { line: 0, character: 30 };

async function hoverText(server: Started, uri: string, position = ON_THE_DATE): Promise<string> {
  const hover: Hover | null = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  assert.ok(hover, 'a hover is shown');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

async function openChecked(server: Started, text: string): Promise<string> {
  const uri = server.uri('draft.md');
  server.open(uri, text);
  await server.diagnosticsOf(uri);
  return uri;
}

describe('hover', () => {
  let server: Started;
  afterEach(() => server.stop());

  it('explains a contradicted date: the fact, the quote with the value emphasised, the source and a link to the quote', async () => {
    server = await startServer();
    const value = await hoverText(server, await openChecked(server, WRONG_DATE));

    assert.match(value, /\*\*August 19\\, 2022\*\*/, 'the sourced value is emphasised in the quote');
    assert.match(value, /^> .*visited the Sochi on/m, 'the quote is shown');
    assert.match(value, /Efforts to Strengthen the Regional Security Environment/, 'the source title is shown');
    assert.match(value, /Başaran/, 'the author is shown');
    assert.match(value, /\]\(file:\/\/\/.*\/facts\/sources\/[^)]+\.txt#L\d+\)/, 'a link opens the source at the quote');
  });

  it('shows a misquote’s source passage with the changed word in bold and a link to the passage', async () => {
    server = await startServer();
    const draft = 'The statement said “the two states are planning to hold a joint military exercise”.';
    const value = await hoverText(server, await openChecked(server, draft), { line: 0, character: 52 });

    assert.match(value, /misquote/);
    assert.match(value, /^> the two states are planning to \*\*conduct\*\* a joint military exercise$/m);
    assert.match(value, /Efforts to Strengthen the Regional Security Environment/);
    assert.match(value, /\[open the source at the passage\]\(file:\/\/\/.*\/facts\/sources\/000_[^)]+\.txt#L\d+\)/);
  });

  it('explains a supported claim too', async () => {
    server = await startServer();
    const value = await hoverText(server, await openChecked(server, RIGHT_DATE));

    assert.match(value, /supported/i);
    assert.match(value, /visited the Sochi on/);
  });

  it('explains a known name', async () => {
    server = await startServer();
    const value = await hoverText(server, await openChecked(server, RIGHT_DATE), { line: 0, character: 2 });

    assert.match(value, /Tokayev/);
  });

  it('escapes markup that comes from a source, and never links to a command', async () => {
    server = await startServer({ withOwnFacts: true });
    const sourcesFile = path.join(server.workspace, 'facts', 'sources.json');
    const hostileTitle = 'Visit <img src=x onerror=alert(1)> [x](command:foo) *loud*';
    const sources = JSON.parse(fs.readFileSync(sourcesFile, 'utf8'));
    sources.sources.find((s: { id: string }) => s.id === 'basaran-sochi-visit').title = hostileTitle;
    fs.writeFileSync(sourcesFile, JSON.stringify(sources, null, 2));

    const value = await hoverText(server, await openChecked(server, WRONG_DATE));

    assertInert(value);
    assert.ok(value.includes('\\<img src\\=x onerror\\=alert\\(1\\)\\>'), 'the title is shown, escaped');
  });

  it('escapes markup that comes from the draft', async () => {
    server = await startServer();
    const draft = `${WRONG_DATE} <img src=x onerror=alert(1)> [x](command:foo)`;
    const value = await hoverText(server, await openChecked(server, draft));

    assertInert(value);
  });
});

function assertInert(markdown: string): void {
  assert.ok(!/(^|[^\\])<[a-z]/im.test(markdown), `raw HTML in hover: ${markdown}`);
  assert.ok(!/command:/.test(markdown), `command link in hover: ${markdown}`);
  assert.ok(!/\]\((?!file:)/.test(markdown), `a link other than the source link: ${markdown}`);
}
