import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configJsonSchema } from '../../server/src/shared/config';
import { startServer } from '../lsp/lspServer';
import { ROOT, TWO_WRONG, WRONG, copyFacts, json, read, sourcecheck, tempDir } from './helpers';

const rulesOf = (report: { files: Array<{ findings: Array<{ rule: string; severity: string }> }> }) =>
  report.files.flatMap((f) => f.findings.map((x) => `${x.rule}:${x.severity}`));

describe('sourcecheck.config.json', () => {
  it('is found by walking up from each draft, and the nearest one wins', () => {
    const dir = tempDir({
      'sourcecheck.config.json': '{ "severity": { "date-contradiction": "warning" } }',
      'news/a.md': WRONG,
      'news/local/.sourcecheckrc.json': '{ "severity": { "date-contradiction": "off" } }',
      'news/local/b.md': WRONG,
    });
    const report = json(sourcecheck(['check', 'news', '--format', 'json'], dir));
    assert.deepEqual(
      report.files.map((f: { path: string; findings: Array<{ severity: string }> }) => [f.path, f.findings.map((x) => x.severity)]),
      [
        ['news/a.md', ['warning']],
        ['news/local/b.md', []],
      ],
    );
  });

  it('sets the fact base, relative to the config file', () => {
    const dir = tempDir({ 'desk/sourcecheck.config.json': '{ "factBase": "../shared-facts" }', 'desk/a.md': WRONG });
    fs.renameSync(copyFacts(dir), path.join(dir, 'shared-facts'));
    const facts = JSON.parse(read(dir, 'shared-facts/facts.json'));
    facts.facts = facts.facts.filter((f: { id: string }) => f.id !== 'tokayev-sochi-visit-date');
    fs.writeFileSync(path.join(dir, 'shared-facts/facts.json'), JSON.stringify(facts));
    const run = sourcecheck(['check', 'desk/a.md'], dir);
    assert.equal(run.code, 0, 'the visit date is not in this fact base, so the draft contradicts nothing');
  });

  it('sets the tolerance for rounded figures', () => {
    const dir = tempDir({ 'a.md': 'Kazakhstan and Russia share a border of about 4,600 miles.\n' });
    assert.equal(sourcecheck(['check', 'a.md'], dir).code, 0, 'within the default 5 %');
    fs.writeFileSync(path.join(dir, 'sourcecheck.config.json'), '{ "roundingTolerance": 0 }');
    assert.deepEqual(rulesOf(json(sourcecheck(['check', 'a.md', '--format', 'json'], dir))), ['figure-contradiction:error']);
  });

  it('chooses the drafts of a folder with include and ignore, globs relative to the config file', () => {
    const dir = tempDir({
      'sourcecheck.config.json': '{ "include": ["drafts/**/*.md", "notes/*.txt"], "ignore": ["drafts/archive/**"] }',
      'drafts/a.md': WRONG,
      'drafts/archive/old.md': WRONG,
      'notes/n.txt': WRONG,
      'README.md': WRONG,
    });
    const report = json(sourcecheck(['check', '.', '--format', 'json'], dir));
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['drafts/a.md', 'notes/n.txt']);
  });

  it('ignores a draft even when it is named on the command line', () => {
    const dir = tempDir({ 'sourcecheck.config.json': '{ "ignore": ["archive/**"] }', 'archive/old.md': WRONG });
    const report = json(sourcecheck(['check', 'archive/old.md', '--format', 'json'], dir));
    assert.deepEqual(report.files, []);
  });

  it('checks the current folder when run without files under a config', () => {
    const dir = tempDir({ '.sourcecheckrc.json': '{}', 'a.md': WRONG });
    assert.equal(sourcecheck(['check'], dir).code, 1);
  });

  it('lets --facts win over the config', () => {
    const dir = tempDir({ 'sourcecheck.config.json': '{ "factBase": "nowhere" }', 'a.md': WRONG });
    assert.equal(sourcecheck(['check', 'a.md', '--facts', path.join(ROOT, 'facts')], dir).code, 1);
    assert.match(sourcecheck(['check', 'a.md'], dir).stderr, /nowhere: not a fact base/);
  });

  describe('a bad config stops the run with exit 2, naming the file, the place and the key', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['a bad severity', '{\n  "severity": {\n    "date-contradiction": "fatal"\n  }\n}', /sourcecheck\.config\.json:3:27: "severity\.date-contradiction": Invalid option/],
      ['an unknown rule', '{ "severity": { "date-contradictions": "off" } }', /sourcecheck\.config\.json:1:17: "severity\.date-contradictions": unknown key/],
      ['an unknown key', '{\n  "factbase": "facts"\n}', /sourcecheck\.config\.json:2:3: "factbase": unknown key/],
      ['a tolerance out of range', '{ "roundingTolerance": 5 }', /sourcecheck\.config\.json:1:24: "roundingTolerance": Too big/],
      ['a glob that is not a list', '{ "ignore": "archive/**" }', /sourcecheck\.config\.json:1:13: "ignore": Invalid input: expected array/],
      ['broken JSON', '{ "severity": { ', /sourcecheck\.config\.json:1:\d+: not valid JSON/],
    ];
    for (const [what, text, expected] of cases) {
      it(what, () => {
        const dir = tempDir({ 'sourcecheck.config.json': text, 'a.md': WRONG });
        const run = sourcecheck(['check', 'a.md'], dir);
        assert.equal(run.code, 2);
        assert.match(run.stderr, expected);
        assert.equal(run.stdout, '');
      });
    }
  });

  it('accepts comments and trailing commas, as tsconfig.json does', () => {
    const dir = tempDir({ 'sourcecheck.config.json': '// house rules\n{ "severity": { "date-contradiction": "off", }, /* none */ }', 'a.md': WRONG });
    assert.equal(sourcecheck(['check', 'a.md'], dir).code, 0);
  });

  describe('sourcecheck init', () => {
    it('writes a commented starter config that the loader accepts and that changes nothing', () => {
      const dir = tempDir({ 'a.md': TWO_WRONG });
      const run = sourcecheck(['init'], dir);
      assert.equal(run.code, 0);
      assert.equal(run.stdout, 'wrote sourcecheck.config.json\n');
      const text = read(dir, 'sourcecheck.config.json');
      assert.match(text, /^\/\/ /);
      assert.match(text, /"\$schema": "\.\.?\/.*facts\/schema\/sourcecheck\.config\.schema\.json"/);
      const withConfig = json(sourcecheck(['check', 'a.md', '--format', 'json'], dir));
      fs.rmSync(path.join(dir, 'sourcecheck.config.json'));
      assert.deepEqual(withConfig, json(sourcecheck(['check', 'a.md', '--format', 'json'], dir)));
    });

    it('never overwrites a config', () => {
      const dir = tempDir({ '.sourcecheckrc.json': '{}' });
      const run = sourcecheck(['init'], dir);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /\.sourcecheckrc\.json already exists/);
    });
  });

  it('ships a JSON Schema generated from the zod schema (npm run config:schema)', () => {
    const file = path.join(ROOT, 'facts', 'schema', 'sourcecheck.config.schema.json');
    assert.equal(fs.readFileSync(file, 'utf8'), configJsonSchema(), 'facts/schema/sourcecheck.config.schema.json is stale: run npm run config:schema');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.jsonValidation.find((v: { url: string }) => v.url === './facts/schema/sourcecheck.config.schema.json');
    assert.deepEqual(contributed.fileMatch, ['**/sourcecheck.config.json', '**/.sourcecheckrc.json']);
  });

  describe('in the editor: the language server reads the same file', () => {
    it('applies the severity of the config nearest to the draft', async () => {
      const server = await startServer();
      try {
        fs.writeFileSync(path.join(server.workspace, 'sourcecheck.config.json'), '{ "severity": { "date-contradiction": "off", "figure-contradiction": "warning" } }');
        const uri = server.uri('a.md');
        server.open(uri, TWO_WRONG);
        const { diagnostics } = await server.diagnosticsOf(uri);
        assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['figure-contradiction', 2]]);
      } finally {
        await server.stop();
      }
    });

    it('checks no draft under a broken config, and says which key is wrong', async () => {
      const server = await startServer();
      try {
        fs.writeFileSync(path.join(server.workspace, 'sourcecheck.config.json'), '{ "severity": { "date-contradiction": "fatal" } }');
        const uri = server.uri('a.md');
        server.open(uri, WRONG);
        const message = await server.waitFor('a message', () => server.messages.find((m) => m.message.includes('sourcecheck.config.json')));
        assert.match(message.message, /"severity\.date-contradiction": Invalid option.*not checked until it is fixed/);
        assert.deepEqual((await server.diagnosticsOf(uri)).diagnostics, []);
      } finally {
        await server.stop();
      }
    });
  });
});
