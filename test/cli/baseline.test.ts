import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TWO_WRONG, WRONG, json, read, sourcecheck, tempDir, writeFiles } from './helpers';

const NEW_WRONG = 'At the CSTO summit in Yerevan, Armenian President Nikol Pashinyan was in the chair.\n';

/** A legacy archive with two old contradictions, recorded in a baseline. */
function archive() {
  const dir = tempDir({ 'drafts/old.md': `# Old\n\n${TWO_WRONG}` });
  const run = sourcecheck(['baseline', 'drafts', '--baseline', 'sourcecheck-baseline.json'], dir);
  assert.equal(run.code, 0, run.stderr);
  return dir;
}

describe('the baseline', () => {
  it('records findings by draft, rule and claim text, with no line numbers', () => {
    const dir = archive();
    assert.deepEqual(JSON.parse(read(dir, 'sourcecheck-baseline.json')), {
      version: 1,
      findings: [
        { path: 'drafts/old.md', rule: 'date-contradiction', claim: 'August 21, 2022', count: 1 },
        { path: 'drafts/old.md', rule: 'figure-contradiction', claim: '7,464 kilometers', count: 1 },
      ],
    });
  });

  it('makes check report only new findings, and say how many it suppressed', () => {
    const dir = archive();
    const quiet = sourcecheck(['check', 'drafts', '--baseline', 'sourcecheck-baseline.json'], dir);
    assert.equal(quiet.code, 0);
    assert.match(quiet.stderr, /2 findings suppressed by the baseline sourcecheck-baseline\.json/);
    writeFiles(dir, { 'drafts/new.md': NEW_WRONG });
    const report = json(sourcecheck(['check', 'drafts', '--baseline', 'sourcecheck-baseline.json', '--format', 'json'], dir));
    assert.deepEqual(
      report.files.map((f: { path: string; findings: Array<{ rule: string }> }) => [f.path, f.findings.map((x) => x.rule)]),
      [
        ['drafts/new.md', ['name-contradiction']],
        ['drafts/old.md', []],
      ],
    );
    assert.deepEqual(report.summary, { files: 2, errors: 1, warnings: 0, infos: 0, supported: 1, baselineSuppressed: 2 });
    assert.equal(report.version, 1);
  });

  it('stays valid when the draft is edited elsewhere: lines move, the findings are still old', () => {
    const dir = archive();
    const moved = `# Old, revised\n\nA new opening paragraph.\n\nAnother one, longer than the first.\n\n${TWO_WRONG}\nA closing line.\n`;
    writeFiles(dir, { 'drafts/old.md': moved });
    const run = sourcecheck(['check', 'drafts', '--baseline', 'sourcecheck-baseline.json', '--format', 'json'], dir);
    assert.equal(run.code, 0);
    assert.equal(json(run).summary.baselineSuppressed, 2);
  });

  it('counts repeats: the same wrong claim written once more is new', () => {
    const dir = archive();
    writeFiles(dir, { 'drafts/old.md': `# Old\n\n${TWO_WRONG}\nAgain: ${WRONG}` });
    const report = json(sourcecheck(['check', 'drafts', '--baseline', 'sourcecheck-baseline.json', '--format', 'json'], dir));
    assert.equal(report.summary.errors, 1);
    assert.equal(report.summary.baselineSuppressed, 2);
  });

  it('works from any folder: its paths are relative to the baseline file', () => {
    const dir = archive();
    const run = sourcecheck(['check', '.', '--baseline', '../sourcecheck-baseline.json'], path.join(dir, 'drafts'));
    assert.equal(run.code, 0);
    assert.match(run.stderr, /2 findings suppressed/);
  });

  it('is rewritten identically when nothing changed, so it diffs cleanly in git', () => {
    const dir = archive();
    const first = read(dir, 'sourcecheck-baseline.json');
    sourcecheck(['baseline', 'drafts', '--baseline', 'sourcecheck-baseline.json'], dir);
    assert.equal(read(dir, 'sourcecheck-baseline.json'), first);
  });

  it('counts as empty until it is first written, and says so', () => {
    const dir = tempDir({ 'a.md': WRONG });
    const run = sourcecheck(['check', 'a.md', '--baseline', 'missing.json'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /no baseline at missing\.json yet: every finding is new/);
    assert.ok(!fs.existsSync(path.join(dir, 'missing.json')));
  });

  it('refuses a file that is not a baseline', () => {
    const dir = tempDir({ 'a.md': WRONG, 'b.json': '{"facts": []}' });
    const run = sourcecheck(['check', 'a.md', '--baseline', 'b.json'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /b\.json: not a Source Check baseline/);
  });

  it('needs a file to write', () => {
    assert.equal(sourcecheck(['baseline', '.']).code, 2);
  });
});
