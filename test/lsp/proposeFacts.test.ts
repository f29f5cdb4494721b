import * as assert from 'node:assert/strict';
import { ProposeFactsRequest } from '../../server/src/shared/protocol';
import { REPO, startServer, type Started } from './lspServer';

describe('propose facts from this source (sourcecheck/proposeFacts)', () => {
  let server: Started;
  afterEach(() => server.stop());

  it('proposes the facts of the text in the editor, with the ids of the entities the fact base in use knows', async () => {
    server = await startServer();
    const text = 'Tokayev visited Sochi on August 19, 2022, and met Putin.\n';

    const proposed = await server.connection.sendRequest(ProposeFactsRequest, { uri: server.uri('notes.txt'), text });

    assert.equal(proposed.dir, `${REPO}/facts`);
    const facts = proposed.facts as Array<{ value: unknown; quote: string; entities: string[]; source: string }>;
    assert.deepEqual(facts.map((f) => f.value), [
      { type: 'date', date: { year: 2022, month: 8, day: 19 } },
      { type: 'entity', slot: 'place', entity: 'sochi' },
    ]);
    assert.equal(facts[0].quote, 'Tokayev visited Sochi on August 19, 2022, and met Putin.');
    assert.deepEqual(facts[0].entities, ['kassym-jomart-tokayev', 'sochi', 'vladimir-putin']);
    assert.deepEqual(proposed.sources, [{ id: 'tokayev-visited-sochi-on-august', file: 'notes.txt', title: text.trim() }]);
    assert.equal(facts[0].source, 'tokayev-visited-sochi-on-august');
  });
});
