import * as assert from 'node:assert/strict';
import { startServer, type Started } from './lspServer';

const WRONG_DATE = 'Tokayev visited Sochi on August 21, 2022.';
const RIGHT_DATE = 'Tokayev visited Sochi on August 19, 2022.';

describe('diagnostics', () => {
  let server: Started;
  afterEach(() => server.stop());

  it('underlines a contradicted date with the rule as code and points at the quote in the source', async () => {
    server = await startServer();
    const uri = server.uri('draft.md');
    server.open(uri, WRONG_DATE);

    const published = await server.diagnosticsOf(uri, 1);
    const [diagnostic] = published.diagnostics;
    assert.equal(diagnostic.code, 'date-contradiction');
    assert.equal(diagnostic.source, 'sourcecheck');
    assert.deepEqual(diagnostic.range, { start: { line: 0, character: 25 }, end: { line: 0, character: 40 } });
    assert.match(diagnostic.message as string, /August 19, 2022/);
    const related = diagnostic.relatedInformation?.[0];
    assert.ok(related, 'the diagnostic links to the quote');
    assert.match(related.location.uri, /^file:\/\/.*\/facts\/sources\/.+\.txt$/);
  });

  it('underlines a misquoted word as a warning and points at the passage in the source', async () => {
    server = await startServer();
    const uri = server.uri('draft.md');
    server.open(uri, 'The statement said “the two states are planning to hold a joint military exercise”.');

    const [diagnostic] = (await server.diagnosticsOf(uri, 1)).diagnostics;
    assert.equal(diagnostic.code, 'misquote');
    assert.equal(diagnostic.severity, 2);
    assert.deepEqual(diagnostic.range, { start: { line: 0, character: 51 }, end: { line: 0, character: 55 } });
    const related = diagnostic.relatedInformation?.[0];
    assert.ok(related, 'the diagnostic links to the passage');
    assert.match(related.location.uri, /^file:\/\/.*\/facts\/sources\/000_.+\.txt$/);
    assert.match(related.message, /“the two states are planning to conduct a joint military exercise”$/);
  });

  it('checks the draft again after a change, for the new version', async () => {
    server = await startServer();
    const uri = server.uri('draft.md');
    server.open(uri, WRONG_DATE);
    await server.diagnosticsOf(uri, 1);

    server.change(uri, RIGHT_DATE, 2);

    const published = await server.diagnosticsOf(uri, 2);
    assert.deepEqual(published.diagnostics, []);
  });

  it('publishes only for the latest version when changes come faster than the checks', async () => {
    server = await startServer();
    const uri = server.uri('draft.md');
    server.open(uri, RIGHT_DATE);
    for (let version = 2; version <= 6; version++) server.change(uri, version % 2 ? WRONG_DATE : RIGHT_DATE, version);

    await server.diagnosticsOf(uri, 6);
    const versions = server.published.filter((p) => p.uri === uri).map((p) => p.version);
    assert.ok(versions.every((v) => v === 1 || v === 6), `published for intermediate versions: ${versions}`);
    assert.equal(versions[versions.length - 1], 6);
  });

  it('clears the diagnostics when the draft closes', async () => {
    server = await startServer();
    const uri = server.uri('draft.md');
    server.open(uri, WRONG_DATE);
    await server.diagnosticsOf(uri, 1);

    void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });

    await server.waitFor('empty diagnostics', () => server.diagnostics.get(uri)?.diagnostics.length === 0);
  });

  it('silences a rule whose severity is set to "off"', async () => {
    server = await startServer({ settings: { severity: { 'date-contradiction': 'off' } } });
    const uri = server.uri('draft.md');
    server.open(uri, WRONG_DATE);

    const published = await server.diagnosticsOf(uri);
    assert.deepEqual(published.diagnostics.filter((d) => d.code === 'date-contradiction'), []);
  });

  it('lowers a rule to the severity the settings give it', async () => {
    server = await startServer({ settings: { severity: { 'date-contradiction': 'hint' } } });
    const uri = server.uri('draft.md');
    server.open(uri, WRONG_DATE);

    const published = await server.diagnosticsOf(uri);
    assert.equal(published.diagnostics[0].severity, 4);
  });

  it('checks open drafts again when the settings change', async () => {
    server = await startServer();
    const uri = server.uri('draft.md');
    server.open(uri, WRONG_DATE);
    await server.waitFor('the date finding', () => server.diagnostics.get(uri)?.diagnostics.some((d) => d.code === 'date-contradiction'));

    server.changeSettings({ severity: { 'date-contradiction': 'off' } });

    await server.waitFor('the date finding gone', () => server.diagnostics.get(uri)?.diagnostics.every((d) => d.code !== 'date-contradiction'));
  });

  it('checks nothing when disabled', async () => {
    server = await startServer({ settings: { enable: false } });
    const uri = server.uri('draft.md');
    server.open(uri, WRONG_DATE);

    const published = await server.diagnosticsOf(uri);
    assert.deepEqual(published.diagnostics, []);
  });
});
