import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sarifSchemaErrors } from './sarifSchema';
import { CLI, ROOT, TWO_WRONG, WRONG, git, gitRepo, read, sourcecheck, tempDir, writeFiles } from './helpers';

/** The command lines of a CI file that run sourcecheck, in order. */
function commandLines(file: string, prefix: RegExp): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(new RegExp(`^\\s+${prefix.source}(sourcecheck .*)$`, 'gm'))].map((m) => m[1]);
}

/** `sourcecheck` on the PATH, as `npm install --global` would put it there: the built CLI. */
function pathWithSourcecheck(): string {
  const bin = tempDir({ sourcecheck: `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n` });
  fs.chmodSync(path.join(bin, 'sourcecheck'), 0o755);
  return `${bin}${path.delimiter}${process.env.PATH}`;
}

function shell(line: string, cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync('bash', ['-c', line], { cwd, encoding: 'utf8', env: { ...process.env, PATH: pathWithSourcecheck(), ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A repository of drafts as a newsroom has it: an old draft with two old errors that the
 * committed baseline records, on `main` (also as `origin/main`); then a pull request that
 * edits the old draft elsewhere and adds a new draft with a new error.
 */
function pullRequest(): string {
  const dir = gitRepo({ 'drafts/old.md': `# Old\n\n${TWO_WRONG}`, 'drafts/clean.md': 'Nothing to check here.\n' });
  assert.equal(sourcecheck(['baseline', 'drafts', '--baseline', '.sourcecheck-baseline.json'], dir).code, 0);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'baseline');
  git(dir, 'update-ref', 'refs/remotes/origin/main', 'main');
  git(dir, 'checkout', '-q', '-b', 'pull-request');
  writeFiles(dir, { 'drafts/old.md': `# Old, with a new opening\n\nA new first paragraph.\n\n${TWO_WRONG}`, 'drafts/new.md': WRONG });
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'the pull request');
  return dir;
}

describe('ready-made CI', () => {
  it('examples/ci/github-workflow.yml: SARIF for code scanning, an HTML report of the changed drafts, then annotations on the new error only', () => {
    const lines = commandLines('examples/ci/github-workflow.yml', /run: /).map((l) => l.replace(/\$\{\{ github\.base_ref \}\}/g, 'main'));
    assert.equal(lines.length, 3);
    const dir = pullRequest();

    const sarifStep = shell(lines[0], dir);
    assert.equal(sarifStep.code, 0, `errors found must not stop the upload: ${sarifStep.stderr}`);
    const log = JSON.parse(read(dir, 'sourcecheck.sarif'));
    assert.equal(sarifSchemaErrors(log), '');
    assert.deepEqual(log.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri), ['drafts/new.md']);

    const reportStep = shell(lines[1], dir);
    assert.equal(reportStep.code, 0, `errors found must not stop the upload: ${reportStep.stderr}`);
    const report = read(dir, 'sourcecheck-report.html');
    const contradicted = [...report.matchAll(/<a href="#draft-\d+">([^<]+)<\/a><\/td><td[^>]*>\d+<\/td><td class="num" data-count="contradicted">(\d+)</g)].map((m) => [m[1], Number(m[2])]);
    assert.deepEqual(contradicted, [['drafts/new.md', 1], ['drafts/old.md', 2]], 'the changed drafts, their old errors too');
    const workflow = fs.readFileSync(path.join(ROOT, 'examples/ci/github-workflow.yml'), 'utf8');
    assert.match(workflow, /- uses: actions\/upload-artifact@v4\n\s+with:\n\s+name: sourcecheck-report\n\s+path: sourcecheck-report\.html\n/, 'the report is uploaded');

    const annotateStep = shell(lines[2], dir);
    assert.equal(annotateStep.code, 1, 'the job fails on the new error');
    const annotations = annotateStep.stdout.split('\n').filter((l) => l.startsWith('::error '));
    assert.deepEqual(annotations.map((l) => l.slice(0, l.indexOf(',title='))), ['::error file=drafts/new.md,line=1,col=26,endLine=1,endColumn=40']);
    assert.match(annotateStep.stderr, /2 findings suppressed by the baseline/);
  });

  it('examples/ci/gitlab-ci.yml: a JUnit report for the merge request, then the log, failing on the new error', () => {
    const lines = commandLines('examples/ci/gitlab-ci.yml', /- /);
    assert.equal(lines.length, 2);
    const dir = pullRequest();
    const env = { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' };
    assert.equal(shell(lines[0], dir, env).code, 0);
    const junit = read(dir, 'sourcecheck-junit.xml');
    assert.match(junit, /<testsuites name="sourcecheck" tests="2" failures="1"/);
    assert.match(junit, /<testcase classname="sourcecheck" name="drafts\/new\.md" file="drafts\/new\.md">\n {6}<failure /);
    assert.match(junit, /<testcase classname="sourcecheck" name="drafts\/old\.md" file="drafts\/old\.md" \/>/);
    const log = shell(lines[1], dir, env);
    assert.equal(log.code, 1);
    assert.match(log.stdout, /drafts\/new\.md\n {2}1:26 +error/);
  });

  it('.pre-commit-hooks.yaml: checks the staged drafts that pre-commit passes it', () => {
    const hooks = fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    const entry = /^\s+entry: (.*)$/m.exec(hooks)![1];
    assert.match(hooks, /types_or: \[markdown, mdx\]/);
    const dir = gitRepo({ 'a.md': 'Nothing to check here.\n' });
    writeFiles(dir, { 'b.md': WRONG, 'c.md': 'Still nothing.\n' });
    git(dir, 'add', 'b.md', 'c.md');
    const staged = git(dir, 'diff', '--cached', '--name-only').trim().split('\n');
    const bad = shell(`${entry} ${staged.join(' ')}`, dir);
    assert.equal(bad.code, 1, 'the commit is stopped');
    assert.match(bad.stdout, /^b\.md\n {2}1:26 +error/m);
    assert.equal(shell(`${entry} c.md`, dir).code, 0, 'a clean draft commits');
  });
});
