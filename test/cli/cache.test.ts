import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RIGHT, TWO_WRONG, WRONG, copyFacts, json, sourcecheck, tempDir, writeFiles } from './helpers';

const CACHE_FILE = path.join('node_modules', '.cache', 'sourcecheck', 'results.json');

/**
 * Marks every cached result, so that a test can tell a reused result (marked) from a
 * fresh one (not marked) in the report.
 */
function markCachedResults(file: string): void {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const entry of Object.values(data.entries) as Array<{ result: { findings: Array<{ message: string }> } }>) {
    for (const f of entry.result.findings) f.message = `CACHED ${f.message}`;
  }
  fs.writeFileSync(file, JSON.stringify(data));
}

const messages = (dir: string, extra: string[] = []) =>
  json(sourcecheck(['check', '.', '--format', 'json', '--facts', 'facts', ...extra], dir)).files.flatMap((f: { findings: Array<{ message: string }> }) =>
    f.findings.map((x) => x.message),
  );

describe('sourcecheck check --cache', () => {
  it('reuses the result of an unchanged draft, from node_modules/.cache/sourcecheck', () => {
    const dir = tempDir({ 'a.md': WRONG, 'b.md': RIGHT });
    copyFacts(dir);
    const cold = sourcecheck(['check', '.', '--facts', 'facts', '--cache', '--format', 'json'], dir);
    assert.ok(fs.existsSync(path.join(dir, CACHE_FILE)));
    const warm = sourcecheck(['check', '.', '--facts', 'facts', '--cache', '--format', 'json'], dir);
    assert.equal(warm.stdout, cold.stdout);
    markCachedResults(path.join(dir, CACHE_FILE));
    assert.match(messages(dir, ['--cache'])[0], /^CACHED /);
  });

  it('re-checks every draft when any file of the fact base changes, so nothing stale is reported', () => {
    const dir = tempDir({ 'a.md': WRONG });
    copyFacts(dir);
    sourcecheck(['check', '.', '--facts', 'facts', '--cache'], dir);
    markCachedResults(path.join(dir, CACHE_FILE));
    const sources = fs.readdirSync(path.join(dir, 'facts', 'sources'));
    fs.appendFileSync(path.join(dir, 'facts', 'sources', sources[0]), '\n');
    const [message] = messages(dir, ['--cache']);
    assert.doesNotMatch(message, /^CACHED /);
    assert.match(message, /August 21, 2022/);
  });

  it('re-checks a draft whose text changed, and one whose config changed', () => {
    const dir = tempDir({ 'a.md': WRONG, 'b.md': WRONG });
    copyFacts(dir);
    sourcecheck(['check', '.', '--facts', 'facts', '--cache'], dir);
    markCachedResults(path.join(dir, CACHE_FILE));
    writeFiles(dir, { 'a.md': TWO_WRONG });
    assert.deepEqual(
      messages(dir, ['--cache']).map((m: string) => m.startsWith('CACHED ')),
      [false, false, true],
    );
    writeFiles(dir, { 'sourcecheck.config.json': '{ "severity": { "date-contradiction": "warning" } }' });
    assert.ok(messages(dir, ['--cache']).every((m: string) => !m.startsWith('CACHED ')));
  });

  it('lives where --cache-location says', () => {
    const dir = tempDir({ 'a.md': WRONG });
    sourcecheck(['check', 'a.md', '--cache-location', '.cache/sc'], dir);
    assert.ok(fs.existsSync(path.join(dir, '.cache', 'sc', 'results.json')));
    assert.ok(!fs.existsSync(path.join(dir, 'node_modules')));
  });

  it('survives a cache file cut short', () => {
    const dir = tempDir({ 'a.md': WRONG });
    writeFiles(dir, { [CACHE_FILE]: '{"entries": {"' });
    assert.equal(sourcecheck(['check', 'a.md', '--cache'], dir).code, 1);
  });
});

describe('worker threads', () => {
  it('give the same report, in the same order, as a single thread', () => {
    const drafts = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`d/${String(i).padStart(3, '0')}.md`, [WRONG, RIGHT, TWO_WRONG][i % 3]]));
    const dir = tempDir(drafts);
    const single = sourcecheck(['check', 'd', '--format', 'json', '--workers', '0'], dir);
    const threaded = sourcecheck(['check', 'd', '--format', 'json', '--workers', '2'], dir);
    assert.equal(threaded.code, 1);
    assert.equal(threaded.stdout, single.stdout);
  });

  it('stop the run with exit 2 on an invalid fact base, as a single thread does', () => {
    const dir = tempDir({ 'a.md': WRONG, 'b.md': WRONG });
    copyFacts(dir);
    fs.writeFileSync(path.join(dir, 'facts', 'facts.json'), '{ "facts": [ { "id": "Bad Id" } ] }\n');
    const run = sourcecheck(['check', 'a.md', 'b.md', '--facts', 'facts', '--workers', '2'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /facts\.json:1:\d+: ids are lowercase words/);
  });
});
