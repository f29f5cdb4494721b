import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { alarms } from '../engine/bundled';

/**
 * Articles on the same events, written from other reporting: their figures and dates
 * are about other elections, summits, borders and trade, and none may be flagged.
 * So are the sources themselves, checked as drafts.
 */
describe('text that contradicts nothing', () => {
  const fixtures = path.resolve(__dirname, '..', 'fixtures');
  for (const name of ['published-news.md', 'published-analysis.md', 'other-events.md']) {
    it(`raises no alarm in ${name}`, () => {
      const found = alarms(fs.readFileSync(path.join(fixtures, name), 'utf8'));
      assert.deepEqual(found.map((f) => `${f.range.start.line + 1}: ${f.message}`), []);
    });
  }

  const sources = path.resolve(__dirname, '..', '..', 'facts', 'sources');
  for (const name of fs.readdirSync(sources)) {
    it(`raises no alarm in the source text ${name}`, () => {
      const found = alarms(fs.readFileSync(path.join(sources, name), 'utf8'));
      assert.deepEqual(found.map((f) => `${f.range.start.line + 1}: ${f.message}`), []);
    });
  }
});
