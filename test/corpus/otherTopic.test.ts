import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { createChecker, loadFactBase, type Checker, type Finding } from '../../server/src/engine/index';
import { readFactBase } from '../../server/src/io/readFactBase';

/**
 * A base on another topic (NASA's DART mission), built by a tester from the README
 * alone, with four drafts in other genres written blind, their slips marked in
 * gold.json. No rule may lean on the bundled base's topic, kinds or phrasing.
 */
const TOPIC = path.resolve(__dirname, '..', 'topics', 'dart');
const DRAFTS = path.join(TOPIC, 'drafts');

const Gold = z.object({
  errors: z.array(z.object({ file: z.string(), line: z.number(), start: z.number(), end: z.number(), fixes: z.array(z.string()) })),
});

function checker(topic = TOPIC): Checker {
  const { factBase, problems } = loadFactBase(readFactBase(path.join(topic, 'facts')));
  assert.ok(factBase, JSON.stringify(problems.slice(0, 3)));
  return createChecker(factBase);
}

/** Every topic base under test/topics (an earthquake, a ditching, a rail maker…), each built by a tester from the README. */
const TOPICS = fs.readdirSync(path.dirname(TOPIC)).map((t) => path.join(path.dirname(TOPIC), t));

const alarms = (c: Checker, text: string): Finding[] => c.check(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

for (const topic of TOPICS) {
  describe(`the ${path.basename(topic)} base, its sources checked as drafts`, () => {
    const c = checker(topic);
    for (const name of fs.readdirSync(path.join(topic, 'facts', 'sources'))) {
      it(`raises nothing in ${name}: what a source states is sourced`, () => {
        const found = c.check(fs.readFileSync(path.join(topic, 'facts', 'sources', name), 'utf8')).findings;
        assert.deepEqual(found.map((f) => `${f.range.start.line + 1}: ${f.message}`), []);
      });
    }
  });
}

describe('a fact base on another topic', () => {
  const c = checker();
  const gold = Gold.parse(JSON.parse(fs.readFileSync(path.join(DRAFTS, 'gold.json'), 'utf8')));

  for (const name of fs.readdirSync(DRAFTS).filter((f) => f.endsWith('.md') && !f.endsWith('.tmpl.md'))) {
    it(`raises no alarm in ${name} but on a planted slip, and every fix there puts a sourced value back`, () => {
      const planted = gold.errors.filter((g) => g.file === name);
      const unplanted = alarms(c, fs.readFileSync(path.join(DRAFTS, name), 'utf8')).filter((f) => {
        const g = planted.find((p) => p.line === f.range.start.line + 1 && f.range.start.character < p.end && p.start < f.range.end.character);
        return !g || (f.fix !== undefined && !g.fixes.some((fix) => fix.includes(f.fix!.newText) || f.fix!.newText.includes(fix)));
      });
      assert.deepEqual(unplanted.map((f) => `${f.range.start.line + 1}: ${f.message} (fix: ${f.fix?.newText})`), []);
    });
  }

  describe('a sentence that names no one', () => {
    const draft = 'NASA built DART for planetary defense.\n\nBuild and launch was $308.5M, ops and data analysis $16 billion.';

    it('speaks of whom the sentence before it named', () => {
      const [f] = alarms(c, draft);
      assert.equal(f?.rule, 'figure-contradiction');
      assert.equal(f?.fix?.newText, '$16 million');
    });
  });
});

describe('two facts that count one thing of the same craft', () => {
  const c = checker(path.join(path.dirname(TOPIC), 'voyager'));
  const paragraph = 'So the team has been turning things off. The two spacecraft carry identical sets of ten science instruments, and the cameras went dark long ago. On Feb. 25, engineers at JPL turned off the cosmic ray subsystem aboard Voyager 1. Three science instruments remain on each craft.';

  it('give the claim to the one it states: "Three science instruments remain" is no slip of the ten carried', () => {
    assert.deepEqual(alarms(c, paragraph).map((f) => f.claimText), []);
  });

  it('never fix a figure nearer the other to the one pointed at more strongly: "Four science instruments remain" is not made "Ten"', () => {
    assert.deepEqual(alarms(c, paragraph.replace('Three', 'Four')).map((f) => `${f.claimText} -> ${f.fix?.newText}`), []);
  });
});

describe('a quotation that runs on past where a source saved as an excerpt was cut ("[...]")', () => {
  const c = checker(path.join(path.dirname(TOPIC), 'deepwater'));
  const paragraph = fs.readFileSync(path.join(path.dirname(TOPIC), 'deepwater', 'drafts', 'wire-settlement.md'), 'utf8').split('\n')[18];
  const misquotes = (text: string) => c.check(text).findings.filter((f) => f.rule === 'misquote').map((f) => f.claimText);

  it('is no misquote for the words the excerpt does not hold', () => {
    assert.deepEqual(misquotes(paragraph), []);
  });

  it('is still a misquote where it changes the words the excerpt holds: "worst environmental disaster in American memory"', () => {
    assert.deepEqual(misquotes(paragraph.replace('in American history', 'in American memory')), ['memory']);
  });
});
