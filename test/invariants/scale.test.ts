import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createChecker, loadFactBase, type Checker, type FactBaseFiles } from '../../server/src/engine/index';
import { readFactBase } from '../../server/src/io/readFactBase';
import { FACTS_DIR } from '../engine/bundled';
import { withUnrelatedFacts } from './unrelatedFacts';

const ROOT = path.resolve(__dirname, '..', '..');
const DEV = path.resolve(ROOT, '..', 'shared', 'eval', 'dev', 'build');

function texts(): Array<{ name: string; text: string }> {
  const dirs = [path.join(ROOT, 'test', 'fixtures'), path.join(FACTS_DIR, 'sources'), path.join(ROOT, 'examples'), DEV];
  return dirs
    .filter((d) => fs.existsSync(d))
    .flatMap((d) => fs.readdirSync(d).filter((f) => /\.(md|txt)$/.test(f)).map((f) => path.join(d, f)))
    .map((f) => ({ name: path.relative(ROOT, f), text: fs.readFileSync(f, 'utf8') }));
}

function checkerOf(files: FactBaseFiles): Checker {
  const { factBase, problems } = loadFactBase(files);
  assert.ok(factBase, JSON.stringify(problems.slice(0, 3)));
  return createChecker(factBase);
}

/** Every verdict of a text: its findings with their fixes, and its supported claims. */
function verdicts(checker: Checker, text: string): string[] {
  const r = checker.check(text);
  const at = (x: { range: { start: { line: number; character: number } } }) => `${x.range.start.line}:${x.range.start.character}`;
  return [
    ...r.findings.map((f) => `${at(f)} ${f.rule} ${f.fix?.newText ?? ''} ${f.factId ?? ''}`),
    ...r.supported.map((s) => `${at(s)} supported ${s.factId}`),
  ].sort();
}

/** The bundled base cut down to its first `n` facts, as a writer's first small base. */
function firstFacts(files: FactBaseFiles, n: number): FactBaseFiles {
  const json = JSON.parse(files.get('facts.json')!);
  return new Map(files).set('facts.json', JSON.stringify({ facts: json.facts.slice(0, n) }));
}

function changedTexts(a: Checker, b: Checker): string[] {
  return texts()
    .filter((t) => verdicts(a, t.text).join('\n') !== verdicts(b, t.text).join('\n'))
    .map((t) => t.name);
}

describe('a verdict depends only on the facts about its event', () => {
  const files = readFactBase(FACTS_DIR);

  it('adding 1,000 facts about unrelated events changes no verdict on the fixtures, the sources, the example and the dev drafts', () => {
    assert.deepEqual(changedTexts(checkerOf(files), checkerOf(withUnrelatedFacts(files, 1000))), []);
  });

  it('an 8-fact base judges as it does with 1,000 unrelated facts beside it', () => {
    const small = firstFacts(files, 8);
    assert.deepEqual(changedTexts(checkerOf(small), checkerOf(withUnrelatedFacts(small, 1000))), []);
  });
});
