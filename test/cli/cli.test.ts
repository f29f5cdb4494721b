import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, RIGHT, ROOT, WRONG, sourcecheck, tempDir } from './helpers';

describe('sourcecheck check', () => {
  before(() => assert.ok(fs.existsSync(CLI), 'run npm run build first'));

  it('exits 1 and lists the contradiction when a draft contradicts its sources', () => {
    const dir = tempDir({ 'a.md': WRONG });
    const r = sourcecheck(['check', 'a.md'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /1:26 +error +The draft says “August 21, 2022”/);
    assert.match(r.stdout, /1 file checked: 1 error/);
  });

  it('exits 0 when nothing is an error', () => {
    const dir = tempDir({ 'a.md': RIGHT });
    assert.equal(sourcecheck(['check', 'a.md'], dir).code, 0);
  });

  it('writes the stable JSON report, with ranges, fixes and supported claims', () => {
    const dir = tempDir({ 'drafts/a.md': WRONG, 'drafts/b.md': RIGHT });
    const r = sourcecheck(['check', 'drafts', '--format', 'json'], dir);
    const report = JSON.parse(r.stdout);
    assert.equal(report.version, 1);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['drafts/a.md', 'drafts/b.md']);
    const [finding] = report.files[0].findings;
    assert.deepEqual(Object.keys(finding), ['rule', 'severity', 'message', 'range', 'fix', 'factId', 'sourceId']);
    assert.deepEqual(finding.range, { start: { line: 0, character: 25 }, end: { line: 0, character: 40 } });
    assert.deepEqual(finding.fix, { newText: 'August 19, 2022' });
    assert.equal(report.files[1].supported.length, 1);
    assert.deepEqual(report.summary, { files: 2, errors: 1, warnings: 0, infos: 0, supported: 1 });
  });

  it('takes globs', () => {
    const dir = tempDir({ 'x/one.md': WRONG, 'x/two.markdown': RIGHT, 'x/notes.txt': WRONG });
    const report = JSON.parse(sourcecheck(['check', 'x/**/*.md', '--format=json'], dir).stdout);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['x/one.md']);
  });

  it('never writes to a draft without --fix', () => {
    const dir = tempDir({ 'a.md': WRONG });
    const before = fs.statSync(path.join(dir, 'a.md')).mtimeMs;
    sourcecheck(['check', 'a.md'], dir);
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), WRONG);
    assert.equal(fs.statSync(path.join(dir, 'a.md')).mtimeMs, before);
  });

  it('exits 2 on a usage error', () => {
    const r = sourcecheck(['check', '--format', 'xml', 'a.md']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown format "xml"/);
    assert.equal(sourcecheck(['check']).code, 2);
    assert.equal(sourcecheck(['lint', 'a.md']).code, 2);
  });

  it('exits 2 on a file that does not exist', () => {
    const r = sourcecheck(['check', 'no-such-draft.md']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no-such-draft\.md: no such file/);
  });

  it('exits 2 on an invalid fact base and names the file and the place', () => {
    const facts = path.join(ROOT, 'facts');
    const dir = tempDir({
      'facts/sources.json': fs.readFileSync(path.join(facts, 'sources.json'), 'utf8'),
      'facts/entities.json': fs.readFileSync(path.join(facts, 'entities.json'), 'utf8'),
      'facts/facts.json': '{ "facts": [ { "id": "Bad Id" } ] }\n',
      'a.md': WRONG,
    });
    for (const f of fs.readdirSync(path.join(facts, 'sources'))) {
      fs.mkdirSync(path.join(dir, 'facts', 'sources'), { recursive: true });
      fs.copyFileSync(path.join(facts, 'sources', f), path.join(dir, 'facts', 'sources', f));
    }
    const r = sourcecheck(['check', 'a.md', '--facts', 'facts'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /facts\/facts\.json:1:\d+: ids are lowercase words/);
    assert.match(r.stderr, /the fact base in .* is invalid/);
  });
});
