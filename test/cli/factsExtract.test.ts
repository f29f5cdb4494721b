import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, read, sourcecheck, tempDir } from './helpers';

const BUNDLED_SOURCES = fs.readdirSync(path.join(ROOT, 'facts', 'sources')).map((f) => path.join(ROOT, 'facts', 'sources', f));

describe('sourcecheck facts extract SOURCE... [--into DIR]', () => {
  it('writes drafts of the five bundled sources that load as a fact base of their own', () => {
    const cwd = tempDir();
    const r = sourcecheck(['facts', 'extract', ...BUNDLED_SOURCES, '--into', 'kb'], cwd);
    assert.equal(r.code, 0, r.stderr);
    const kb = path.join(cwd, 'kb');
    for (const name of ['facts', 'entities', 'sources']) fs.renameSync(path.join(kb, `${name}.draft.json`), path.join(kb, `${name}.json`));
    fs.cpSync(path.join(ROOT, 'facts', 'sources'), path.join(kb, 'sources'), { recursive: true });
    const check = sourcecheck(['facts', 'check', 'kb'], cwd);
    assert.equal(check.code, 0, check.stdout);
    assert.match(check.stdout, /^checked 5 sources, \d+ entities, \d+ facts in kb: no problems\n$/);
  });

  it('writes a fact base of its own with --as-base, and only into a folder that holds none', () => {
    const cwd = tempDir({ 'report.txt': 'Tokayev visited Sochi on August 19, 2022.\n' });
    assert.equal(sourcecheck(['facts', 'extract', 'report.txt', '--into', 'kb', '--as-base'], cwd).code, 0);
    assert.equal(read(cwd, 'kb/sources/report.txt'), 'Tokayev visited Sochi on August 19, 2022.\n');
    assert.match(sourcecheck(['facts', 'check', 'kb'], cwd).stdout, /^checked 1 source, \d+ entities, 1 fact in kb: no problems\n$/);
    const again = sourcecheck(['facts', 'extract', 'report.txt', '--into', 'kb', '--as-base'], cwd);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /only into a folder without a fact base, and these exist: kb\/facts\.json/);
  });

  it('keeps, with --as-base, the entry a sources.json above the sources gives each, whose date dates the years a text leaves out', () => {
    const entry = { id: 'sochi-report', file: 'report.txt', title: 'The Sochi report', date: { value: { year: 2022 } } };
    const cwd = tempDir({ 'facts/sources/report.txt': 'Tokayev visited Sochi on August 19.\n', 'facts/sources.json': JSON.stringify({ sources: [entry] }) });
    assert.equal(sourcecheck(['facts', 'extract', 'facts/sources/report.txt', '--into', 'kb', '--as-base'], cwd).code, 0);
    assert.deepEqual(JSON.parse(read(cwd, 'kb/sources.json')).sources, [entry]);
    const [fact] = JSON.parse(read(cwd, 'kb/facts.json')).facts;
    assert.deepEqual([fact.source, fact.value.date], ['sochi-report', { year: 2022, month: 8, day: 19 }]);
  });

  it('never touches the curated files, and replaces its own drafts only with --force', () => {
    const cwd = tempDir({ 'report.txt': 'Tokayev visited Sochi on August 19, 2022.\n', 'facts/facts.json': '{"facts": []}\n' });
    assert.equal(sourcecheck(['facts', 'extract', 'report.txt'], cwd).code, 0);
    assert.equal(read(cwd, 'facts/facts.json'), '{"facts": []}\n');
    assert.equal(JSON.parse(read(cwd, 'facts/facts.draft.json')).facts[0].quote, 'Tokayev visited Sochi on August 19, 2022.');
    const again = sourcecheck(['facts', 'extract', 'report.txt'], cwd);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /replaces a draft only with --force, and these exist: facts\/facts\.draft\.json/);
    assert.equal(sourcecheck(['facts', 'extract', 'report.txt', '--force'], cwd).code, 0);
  });

  it('names a source that is missing or not a text file', () => {
    const cwd = tempDir({ 'a.pdf': '' });
    assert.match(sourcecheck(['facts', 'extract', 'missing.txt'], cwd).stderr, /missing\.txt: no such file/);
    assert.match(sourcecheck(['facts', 'extract', 'a.pdf'], cwd).stderr, /a\.pdf: a source is a \.txt or \.md file/);
  });

  it('has its own --help', () => {
    const r = sourcecheck(['facts', 'extract', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /sourcecheck facts extract SOURCES\.\.\. \[--into DIR\] \[--force \| --as-base\]/);
  });
});
