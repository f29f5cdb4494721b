import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RIGHT, WRONG, copyFacts, json, sourcecheck, tempDir } from './helpers';

const UNSOURCED = 'Kazakhstan has a population of 19 million people.\n';
const TITLE = 'Efforts to Strengthen the Regional Security Environment: Visit of the President of Kazakhstan to Sochi';

describe('sourcecheck facts coverage DRAFTS...', () => {
  const drafts = () => tempDir({ 'a.md': `${RIGHT}\n${WRONG}`, 'b.md': UNSOURCED });

  it('tables each draft: its claims with their verdicts and facts, then the sources it rests on', () => {
    const r = sourcecheck(['facts', 'coverage', 'a.md', 'b.md'], drafts());
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        'a.md: 1 supported, 1 contradicted, 0 unsourced',
        '  where  verdict       claim            fact',
        '  1:26   supported     August 19, 2022  tokayev-sochi-visit-date',
        '  3:26   contradicted  August 21, 2022  tokayev-sochi-visit-date',
        '  rests on:',
        `    basaran-sochi-visit  1 supported, 1 contradicted  ${TITLE}`,
        '',
        'b.md: 0 supported, 0 contradicted, 1 unsourced',
        '  where  verdict    claim       fact',
        '  1:32   unsourced  19 million',
        '  rests on no source',
        '',
      ].join('\n'),
    );
  });

  it('gives the same as JSON', () => {
    const report = json(sourcecheck(['facts', 'coverage', 'a.md', 'b.md', '--format', 'json'], drafts()));
    assert.equal(report.version, 1);
    const [a, b] = report.drafts;
    assert.equal(a.path, 'a.md');
    assert.deepEqual(a.claims.map((c: { verdict: string; text: string }) => [c.verdict, c.text]), [['supported', 'August 19, 2022'], ['contradicted', 'August 21, 2022']]);
    assert.deepEqual(a.claims[0].range, { start: { line: 0, character: 25 }, end: { line: 0, character: 40 } });
    assert.equal(a.claims[1].sourceId, 'basaran-sochi-visit');
    assert.deepEqual(a.summary, { supported: 1, contradicted: 1, unsourced: 0 });
    assert.deepEqual(a.sources, [{ id: 'basaran-sochi-visit', title: TITLE, supported: 1, contradicted: 1 }]);
    assert.deepEqual(b.sources, []);
  });

  it('shows a source title as text, never as terminal control', () => {
    const dir = drafts();
    const facts = copyFacts(dir);
    const file = path.join(facts, 'sources.json');
    const sources = JSON.parse(fs.readFileSync(file, 'utf8'));
    sources.sources[0].title = '\u001b[2JWiped';
    fs.writeFileSync(file, JSON.stringify(sources));
    const r = sourcecheck(['facts', 'coverage', 'a.md', '--facts', 'facts'], dir);
    assert.ok(!r.stdout.includes('\u001b'), r.stdout);
    assert.match(r.stdout, /\\u001b\[2JWiped/);
  });

  it('exits 2 without drafts, or with a format it does not write', () => {
    assert.equal(sourcecheck(['facts', 'coverage'], drafts()).code, 2);
    const r = sourcecheck(['facts', 'coverage', 'a.md', '--format', 'sarif'], drafts());
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown format "sarif" for facts coverage \(choose table or json\)/);
  });
});
