import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type Started } from './lspServer';

const WRONG_DATE = 'Tokayev visited Sochi on August 21, 2022.';
const FILE_CHANGED = 2;

describe('the fact base', () => {
  let server: Started;
  afterEach(() => server.stop());

  function factsFile(): string {
    return path.join(server.workspace, 'facts', 'facts.json');
  }

  /** Breaks facts.json at a known place: the comma after "$schema", on line 2. */
  function breakFacts(): void {
    const text = fs.readFileSync(factsFile(), 'utf8');
    fs.writeFileSync(factsFile(), text.replace('"./schema/facts.schema.json",', '"./schema/facts.schema.json"'));
  }

  function tellServer(file: string): void {
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(file).href, type: FILE_CHANGED }],
    });
  }

  async function openDraft(text = WRONG_DATE): Promise<string> {
    const uri = server.uri('draft.md');
    server.open(uri, text);
    await server.diagnosticsOf(uri);
    return uri;
  }

  it("uses the workspace's own facts/ folder when it has a facts.json", async () => {
    server = await startServer({ withOwnFacts: true });
    const uri = await openDraft();

    const related = server.diagnostics.get(uri)!.diagnostics[0].relatedInformation![0];
    assert.ok(related.location.uri.startsWith(pathToFileURL(server.workspace).href), related.location.uri);
  });

  it('keeps checking with the last good version when facts.json breaks, and shows where it broke', async () => {
    server = await startServer({ withOwnFacts: true });
    const uri = await openDraft();

    breakFacts();
    tellServer(factsFile());

    const warning = await server.waitFor('a warning', () => server.messages.find((m) => m.type === 2));
    assert.match(warning.message, /facts\.json:\d+:\d+: /);
    const inFactsFile = await server.waitFor('diagnostics in facts.json', () => server.diagnostics.get(pathToFileURL(factsFile()).href));
    assert.equal(inFactsFile.diagnostics.length > 0, true);
    assert.equal(typeof inFactsFile.diagnostics[0].range.start.line, 'number');

    server.change(uri, `${WRONG_DATE}\n`, 2);
    const draft = await server.diagnosticsOf(uri, 2);
    assert.equal(draft.diagnostics[0]?.code, 'date-contradiction', 'the last good fact base still checks the draft');
  });

  it('notices a change on disk by itself, for editors that do not report file changes', async () => {
    server = await startServer({ withOwnFacts: true });
    await openDraft();

    breakFacts();

    const warning = await server.waitFor('a warning', () => server.messages.find((m) => m.type === 2));
    assert.match(warning.message, /facts\.json:\d+:\d+: /);
  });

  it('clears the problems once facts.json is fixed', async () => {
    server = await startServer({ withOwnFacts: true });
    await openDraft();
    const good = fs.readFileSync(factsFile(), 'utf8');
    const factsUri = pathToFileURL(factsFile()).href;
    breakFacts();
    tellServer(factsFile());
    await server.waitFor('diagnostics in facts.json', () => (server.diagnostics.get(factsUri)?.diagnostics.length ?? 0) > 0);

    fs.writeFileSync(factsFile(), good);
    tellServer(factsFile());

    await server.waitFor('facts.json cleared', () => server.diagnostics.get(factsUri)?.diagnostics.length === 0);
  });

  it('shows a warning in the fact files as a warning, and goes on checking drafts', async () => {
    server = await startServer({ withOwnFacts: true });
    const uri = await openDraft();
    const entitiesFile = path.join(server.workspace, 'facts', 'entities.json');
    const entities = JSON.parse(fs.readFileSync(entitiesFile, 'utf8'));
    entities.entities[1].aliases.push('Tokayev');
    fs.writeFileSync(entitiesFile, JSON.stringify(entities, null, 2));
    tellServer(entitiesFile);

    const inEntities = await server.waitFor('diagnostics in entities.json', () => server.diagnostics.get(pathToFileURL(entitiesFile).href));
    assert.deepEqual(
      inEntities.diagnostics.map((d) => [d.severity, d.message]),
      [[2, '"Tokayev" is also a name of entity "kassym-jomart-tokayev": a draft that uses it could mean either (at entities.1.aliases.2)']],
    );
    server.change(uri, `${WRONG_DATE}\n`, 2);
    assert.equal((await server.diagnosticsOf(uri, 2)).diagnostics[0]?.code, 'date-contradiction');
    assert.equal(server.messages.find((m) => m.type === 2), undefined, 'a warning makes no notification');
  });

  it('checks no draft against a fact base that was never valid, but says why', async () => {
    server = await startServer({ withOwnFacts: true });
    breakFacts();

    const uri = await openDraft();

    assert.deepEqual(server.diagnostics.get(uri)!.diagnostics, []);
    const warning = await server.waitFor('a warning', () => server.messages.find((m) => m.type === 2));
    assert.match(warning.message, /facts\.json:\d+:\d+: .*not checked/);
  });

  it('follows the sourcecheck.factBase setting, relative to the workspace', async () => {
    server = await startServer({ withOwnFacts: true, settings: { factBase: 'elsewhere' } });
    fs.renameSync(path.join(server.workspace, 'facts'), path.join(server.workspace, 'elsewhere'));

    const uri = await openDraft();

    const related = server.diagnostics.get(uri)!.diagnostics[0].relatedInformation![0];
    assert.ok(related.location.uri.includes('/elsewhere/sources/'), related.location.uri);
  });
});
