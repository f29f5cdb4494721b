import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPORTED_RULES, RULES } from '../../server/src/engine/index';
import { RULE_HELP } from '../../server/src/cli/ruleHelp';
import { severitySetting } from '../../server/src/shared/severitySetting';
import { check } from '../engine/bundled';

const ROOT = path.resolve(__dirname, '..', '..');

/** Each rule is declared once (server/src/engine/rules/); everything that lists rules follows the declarations. */
describe('the rule declarations', () => {
  it('are what package.json offers in the editor’s severity setting (npm run settings:package)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.configuration.properties['sourcecheck.severity'], severitySetting(), 'package.json is stale: run npm run settings:package');
  });

  it('are what the CLI’s rule help describes, the report’s own unused-ignore included', () => {
    assert.deepEqual(Object.keys(RULE_HELP), REPORTED_RULES.map((r) => r.id));
    for (const r of REPORTED_RULES) assert.equal(RULE_HELP[r.id].short, r.summary);
  });

  it('are what the README’s rule table lists, each with its severity', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| (\w+) \|/gm)].map((m) => [m[1], m[2]]);
    assert.deepEqual(rows, RULES.map((r) => [r.id, r.severity]));
  });

  it('give each finding its rule’s severity', () => {
    const drafts: Record<string, string> = {
      'date-contradiction': 'Tokayev visited Sochi on August 21, 2022.',
      'figure-contradiction': 'Its frontier with Russia runs 7,464 kilometers.',
      'name-contradiction': 'Tokayev met Vladimir Putin in Kazan on 19 August 2022.',
      'name-spelling': 'The session gathered Kyrgyz President Sadyr Japorov and others.',
      misquote: 'The statement said “the two states are planning to hold a joint military exercise”.',
      'unsourced-claim': 'Tokayev visited Beijing in 2015.',
    };
    for (const r of RULES) {
      const found = check(drafts[r.id]).findings.find((f) => f.rule === r.id);
      assert.equal(found?.severity, r.severity, r.id);
    }
  });
});
