import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RIGHT, TWO_WRONG, WRONG, git, gitRepo, json, read, sourcecheck, tempDir } from './helpers';

const FIXED = 'Tokayev visited Sochi on August 19, 2022. Kazakhstan and Russia share a border of 7,644 kilometers.\n';

describe('sourcecheck check --fix', () => {
  it('puts the sourced value in place of every contradicted claim, and nothing else changes', () => {
    const dir = tempDir({ 'a.md': `# Sochi\n\n${TWO_WRONG}\nThe rest stays *as it was*.\n` });
    const run = sourcecheck(['check', 'a.md', '--fix'], dir);
    assert.equal(read(dir, 'a.md'), `# Sochi\n\n${FIXED}\nThe rest stays *as it was*.\n`);
    assert.equal(run.code, 0, 'the report is of the fixed draft');
    assert.match(run.stderr, /fixed 1 draft/);
  });

  it('changes nothing more when run again', () => {
    const dir = tempDir({ 'a.md': TWO_WRONG });
    sourcecheck(['check', 'a.md', '--fix'], dir);
    const inode = fs.statSync(path.join(dir, 'a.md')).ino;
    const again = sourcecheck(['check', 'a.md', '--fix'], dir);
    assert.equal(read(dir, 'a.md'), FIXED);
    assert.equal(fs.statSync(path.join(dir, 'a.md')).ino, inode, 'not even rewritten');
    assert.doesNotMatch(again.stderr, /fixed/);
  });

  it('writes only the drafts it changes', () => {
    const dir = tempDir({ 'a.md': WRONG, 'b.md': RIGHT });
    const before = fs.statSync(path.join(dir, 'b.md'));
    sourcecheck(['check', '.', '--fix'], dir);
    const after = fs.statSync(path.join(dir, 'b.md'));
    assert.equal(after.ino, before.ino);
    assert.equal(after.mtimeMs, before.mtimeMs);
  });

  it('replaces a draft whole, by renaming a complete temp file over it: never half a draft', () => {
    const dir = tempDir({ 'a.md': WRONG });
    fs.chmodSync(path.join(dir, 'a.md'), 0o640);
    const before = fs.statSync(path.join(dir, 'a.md')).ino;
    sourcecheck(['check', 'a.md', '--fix'], dir);
    const after = fs.statSync(path.join(dir, 'a.md'));
    assert.notEqual(after.ino, before, 'a new file took the old one’s name');
    assert.equal(after.mode & 0o777, 0o640, 'with the old file’s permissions');
    assert.deepEqual(fs.readdirSync(dir), ['a.md'], 'no temp file is left behind');
  });

  it('leaves a finding without a fix as it is, and reports it', () => {
    const unsourced = 'Tokayev said that Kazakhstan and China signed twelve agreements that year.\n';
    const dir = tempDir({ 'a.md': unsourced });
    const run = sourcecheck(['check', 'a.md', '--fix', '--format', 'json'], dir);
    assert.equal(read(dir, 'a.md'), unsourced);
    assert.equal(json(run).files[0].findings[0].rule, 'unsourced-claim');
  });
});

describe('sourcecheck check --fix-dry-run', () => {
  it('prints the fixes as a unified diff that git applies, and writes nothing', () => {
    const dir = gitRepo({ 'drafts/a.md': `# Sochi\n\n${TWO_WRONG}`, 'drafts/b.md': RIGHT });
    const run = sourcecheck(['check', 'drafts', '--fix-dry-run'], dir);
    assert.equal(run.code, 1, 'the drafts on disk still have errors');
    assert.equal(
      run.stdout,
      `--- a/drafts/a.md\n+++ b/drafts/a.md\n@@ -1,3 +1,3 @@\n # Sochi\n \n-${TWO_WRONG}+${FIXED}`,
    );
    assert.equal(read(dir, 'drafts/a.md'), `# Sochi\n\n${TWO_WRONG}`);
    const apply = spawnSync('git', ['apply', '--check', '-'], { cwd: dir, input: run.stdout, encoding: 'utf8' });
    assert.equal(apply.status, 0, apply.stderr);
    git(dir, 'status', '--porcelain');
  });
});

describe('inline ignores', () => {
  it('take an optional reason', () => {
    const dir = tempDir({
      'a.md': 'Tokayev visited Sochi on August 21, 2022. <!-- sourcecheck-ignore: August 21, 2022 -- the invitation’s date -->\n',
      'b.md': 'Tokayev visited Sochi on August 21, 2022. <!-- sourcecheck-ignore: August 21, 2022 -->\n',
    });
    assert.equal(sourcecheck(['check', '.'], dir).code, 0);
  });

  it('--report-unused-ignores warns about an ignore that suppresses nothing, at the comment', () => {
    const stale = '<!-- sourcecheck-ignore: August 19, 2022 -- was wrong once -->';
    const dir = tempDir({
      'a.md': ['Tokayev visited Sochi on August 21, 2022. <!-- sourcecheck-ignore: August 21, 2022 -->', `Tokayev visited Sochi on August 19, 2022. ${stale}`, ''].join('\n'),
    });
    const run = sourcecheck(['check', 'a.md', '--report-unused-ignores', '--format', 'json'], dir);
    assert.equal(run.code, 0);
    const [unused, ...rest] = json(run).files[0].findings;
    assert.deepEqual(rest, []);
    assert.equal(unused.rule, 'unused-ignore');
    assert.equal(unused.severity, 'warning');
    assert.deepEqual(unused.range, { start: { line: 1, character: 42 }, end: { line: 1, character: 42 + stale.length } });
    assert.match(unused.message, /no finding for “August 19, 2022” on line 2 \(its reason: was wrong once\)/);
    assert.equal(json(sourcecheck(['check', 'a.md', '--format', 'json'], dir)).files[0].findings.length, 0, 'only when asked');
  });
});
