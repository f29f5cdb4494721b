import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { FactValue } from '../../server/src/engine/factbase/schema';
import { read, sourcecheck, tempDir, writeFiles } from './helpers';

describe('sourcecheck facts init DIR', () => {
  function init(): { cwd: string; dir: string } {
    const cwd = tempDir();
    const r = sourcecheck(['facts', 'init', 'kb'], cwd);
    assert.equal(r.code, 0, r.stderr);
    return { cwd, dir: path.join(cwd, 'kb') };
  }

  it('writes a fact base that facts check passes', () => {
    const { cwd } = init();
    const r = sourcecheck(['facts', 'check', 'kb'], cwd);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /^checked 1 source, \d+ entities, \d+ facts in kb: no problems\n$/);
  });

  it('gives each file a $schema that reaches the schema written beside it, which the file meets', () => {
    const { dir } = init();
    for (const file of ['sources.json', 'entities.json', 'facts.json']) {
      const json = JSON.parse(read(dir, file));
      const schemaFile = path.resolve(dir, json.$schema);
      assert.ok(fs.existsSync(schemaFile), `${file}: ${json.$schema} does not exist`);
      const validate = new Ajv2020({ strict: false }).compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
      assert.ok(validate(json), `${file}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('has one example of each value type, each with a note', () => {
    const { dir } = init();
    const facts = JSON.parse(read(dir, 'facts.json')).facts;
    const types = FactValue.options.map((o) => o.shape.type.value);
    assert.deepEqual(facts.map((f: { value: { type: string } }) => f.value.type).sort(), [...types].sort());
    for (const f of facts) assert.ok(f.note, `${f.id} has no note`);
  });

  it('gives a finding for a draft that contradicts its sample source', () => {
    const { cwd } = init();
    writeFiles(cwd, { 'draft.md': 'The Northshore Rowing Club opened its new boathouse in Harbour Town on 10 March 2024.\n' });
    const r = sourcecheck(['check', 'draft.md', '--facts', 'kb', '--format', 'json'], cwd);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const [finding] = JSON.parse(r.stdout).files[0].findings;
    assert.equal(finding.rule, 'date-contradiction');
    assert.equal(finding.fix.newText, '9 March 2024');
  });

  it('never overwrites a file: with one in the way it writes nothing and exits 2', () => {
    const cwd = tempDir({ 'kb/facts.json': '{"facts": []}\n' });
    const r = sourcecheck(['facts', 'init', 'kb'], cwd);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /never overwrites a file, and these exist: kb\/facts\.json/);
    assert.equal(read(cwd, 'kb/facts.json'), '{"facts": []}\n');
    assert.deepEqual(fs.readdirSync(path.join(cwd, 'kb')), ['facts.json']);
  });

  it('needs the folder to write in', () => {
    const r = sourcecheck(['facts', 'init'], tempDir());
    assert.equal(r.code, 2);
    assert.match(r.stderr, /facts init takes the folder/);
  });
});
