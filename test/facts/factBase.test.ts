import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadFactBase } from '../../server/src/engine/index';
import { schemaFiles } from '../../server/src/engine/factbase/jsonSchemas';
import { readFactBase } from '../../server/src/io/readFactBase';
import { FACTS_DIR } from '../engine/bundled';

describe('the bundled fact base', () => {
  const { factBase, problems } = loadFactBase(readFactBase(FACTS_DIR));

  it('loads without a problem', () => assert.deepEqual(problems, []));

  it('quotes every fact verbatim from its source', () => {
    for (const f of factBase!.facts) assert.ok(factBase!.texts.get(f.source)!.includes(f.quote), `${f.id}: quote not in ${f.source}`);
  });

  it('keeps the five source texts exactly as they were given', () => {
    const seeds = path.resolve(FACTS_DIR, '..', '..', 'shared', 'seeds');
    if (!fs.existsSync(seeds)) return;
    for (const s of factBase!.sources) {
      assert.equal(fs.readFileSync(path.join(FACTS_DIR, 'sources', s.file), 'utf8'), fs.readFileSync(path.join(seeds, s.file), 'utf8'), s.file);
    }
  });

  it('marks what it infers: every date the sources leave without a year says so', () => {
    for (const f of factBase!.facts) {
      if (f.value.type !== 'date' || /\b(1[89]|20)\d\d\b/.test(f.quote)) continue;
      assert.ok(f.value.inferred, `${f.id} states no year in its quote but does not say the year is inferred`);
    }
  });

  it('ships JSON Schemas generated from the zod schema', () => {
    for (const [name, text] of Object.entries(schemaFiles())) {
      assert.equal(fs.readFileSync(path.join(FACTS_DIR, 'schema', name), 'utf8'), text, `facts/schema/${name} is stale: run npm run facts:schema`);
    }
  });
});

describe('loading a broken fact base', () => {
  const files = (): Map<string, string> => new Map(readFactBase(FACTS_DIR));

  it('names the file, the line and the reason for invalid JSON', () => {
    const f = files();
    f.set('facts.json', '{\n  "facts": [\n    { "id": "x", }\n  ]\n}\n');
    const { factBase, problems } = loadFactBase(f);
    assert.equal(factBase, undefined);
    assert.equal(problems[0].file, 'facts.json');
    assert.equal(problems[0].line, 2);
    assert.match(problems[0].message, /invalid JSON/);
  });

  it('names the key of a value that breaks the schema', () => {
    const f = files();
    const facts = JSON.parse(f.get('facts.json')!);
    facts.facts[3].value = { type: 'date', date: { year: 2022, month: 13 } };
    f.set('facts.json', JSON.stringify(facts, null, 2));
    const { problems } = loadFactBase(f);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /facts\.3\.value\.date\.month/);
    assert.ok(problems[0].line > 0);
  });

  it('reports a quote that is not in its source and an unknown entity, together', () => {
    const f = files();
    const facts = JSON.parse(f.get('facts.json')!);
    facts.facts[0].quote = 'A sentence no source contains.';
    facts.facts[1].entities.push('atlantis');
    f.set('facts.json', JSON.stringify(facts, null, 2));
    const messages = loadFactBase(f).problems.map((p) => p.message);
    assert.ok(messages.some((m) => /does not occur verbatim/.test(m)));
    assert.ok(messages.some((m) => /unknown entity "atlantis"/.test(m)));
  });

  it('says which file is missing', () => {
    const f = files();
    f.delete('entities.json');
    assert.match(loadFactBase(f).problems[0].message, /entities\.json is missing/);
  });
});
