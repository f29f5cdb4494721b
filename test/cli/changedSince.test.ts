import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RIGHT, WRONG, git, gitRepo, json, sourcecheck, tempDir, writeFiles, type Run } from './helpers';

const paths = (run: Run) => json(run).files.map((f: { path: string }) => f.path);

describe('sourcecheck check --changed-since REF', () => {
  it('checks only the drafts changed since the ref: committed on a branch, edited, or new and untracked', () => {
    const dir = gitRepo({ 'drafts/a.md': WRONG, 'drafts/b.md': WRONG, 'drafts/c.md': WRONG, 'drafts/gone.md': RIGHT });
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFiles(dir, { 'drafts/b.md': `${WRONG}More.\n` });
    git(dir, 'commit', '-q', '-am', 'edit b');
    writeFiles(dir, { 'drafts/c.md': `${WRONG}Unsaved edit.\n`, 'drafts/new.md': WRONG });
    fs.rmSync(path.join(dir, 'drafts/gone.md'));
    const run = sourcecheck(['check', 'drafts', '--changed-since', 'main', '--format', 'json'], dir);
    assert.equal(run.code, 1);
    assert.deepEqual(paths(run), ['drafts/b.md', 'drafts/c.md', 'drafts/new.md']);
  });

  it('takes a range too, such as the merge base with main', () => {
    const dir = gitRepo({ 'a.md': WRONG, 'b.md': WRONG });
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFiles(dir, { 'b.md': RIGHT });
    git(dir, 'commit', '-q', '-am', 'fix b');
    git(dir, 'checkout', '-q', 'main');
    writeFiles(dir, { 'a.md': RIGHT });
    git(dir, 'commit', '-q', '-am', 'fix a on main');
    git(dir, 'checkout', '-q', 'feature');
    assert.deepEqual(paths(sourcecheck(['check', '.', '--changed-since', 'main...HEAD', '--format', 'json'], dir)), ['b.md']);
  });

  it('checks the whole work tree when no files are named, and nothing when nothing changed', () => {
    const dir = gitRepo({ 'a.md': WRONG });
    const run = sourcecheck(['check', '--changed-since', 'HEAD', '--format', 'json'], dir);
    assert.equal(run.code, 0);
    assert.deepEqual(paths(run), []);
  });

  it('finds drafts when run from a subfolder of the repository', () => {
    const dir = gitRepo({ 'drafts/a.md': RIGHT, 'drafts/b.md': RIGHT });
    writeFiles(dir, { 'drafts/b.md': WRONG });
    assert.deepEqual(paths(sourcecheck(['check', '.', '--changed-since', 'HEAD', '--format', 'json'], path.join(dir, 'drafts'))), ['b.md']);
  });

  it('says clearly that it needs a git work tree (exit 2)', () => {
    const run = sourcecheck(['check', '.', '--changed-since', 'main'], tempDir({ 'a.md': WRONG }));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--changed-since needs a git work tree, and .* is not in one/);
  });

  it('says which ref git does not know (exit 2)', () => {
    const run = sourcecheck(['check', '.', '--changed-since', 'no-such-branch'], gitRepo({ 'a.md': WRONG }));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--changed-since no-such-branch: fatal: .*no-such-branch/);
  });
});
