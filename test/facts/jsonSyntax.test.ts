import { strict as assert } from 'node:assert';
import { loadFactBase } from '../../server/src/engine/index';
import { readFactBase } from '../../server/src/io/readFactBase';
import { FACTS_DIR } from '../engine/bundled';

/** The one problem a broken facts.json gets, as "line:column message" (1-based, as an editor shows it). */
function problemOf(factsJson: string): string {
  const files = new Map(readFactBase(FACTS_DIR));
  files.set('facts.json', factsJson);
  const { factBase, problems } = loadFactBase(files);
  assert.equal(factBase, undefined);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.equal(problems[0].file, 'facts.json');
  return `${problems[0].line + 1}:${problems[0].character + 1} ${problems[0].message}`;
}

describe('JSON syntax errors in a fact file, in plain words at their cause', () => {
  it('points at a trailing comma itself, not at the bracket after it', () => {
    assert.match(problemOf('{\n  "facts": [\n    { "id": "x", }\n  ]\n}\n'), /^3:16 invalid JSON: trailing comma/);
    assert.match(problemOf('{\n  "facts": [\n    {},\n  ]\n}\n'), /^3:7 invalid JSON: trailing comma/);
  });

  it('points where a missing comma belongs', () => {
    assert.match(problemOf('{\n  "$schema": "x"\n  "facts": []\n}\n'), /^2:17 invalid JSON: missing comma/);
  });

  it('names an unclosed string', () => {
    assert.match(problemOf('{\n  "facts": [],\n  "$schema": "x\n}\n'), /^3:14 invalid JSON: unclosed string/);
  });

  it('names quotes that JSON does not take', () => {
    assert.match(problemOf("{\n  'facts': []\n}\n"), /^2:3 invalid JSON: single quotes in 'facts'/);
    assert.match(problemOf('{\n  “facts”: []\n}\n'), /^2:3 invalid JSON: curly quotes in “facts”/);
    assert.match(problemOf('{\n  facts: []\n}\n'), /^2:3 invalid JSON: unquoted key facts/);
  });

  it('says that comments have no place and where an explanation goes instead', () => {
    assert.match(problemOf('{\n  // the facts\n  "facts": []\n}\n'), /^2:3 invalid JSON: comments are not allowed .*"note"/);
  });

  it('names a bracket left open or closed by the wrong one', () => {
    assert.match(problemOf('{\n  "facts": []\n'), /^3:1 invalid JSON: the file ends before a "}"/);
    assert.match(problemOf('{\n  "facts": [\n}\n'), /^3:1 invalid JSON: "}" closes the wrong bracket: the "\[" before it is still open/);
  });

  it('names an empty file', () => {
    assert.match(problemOf(''), /^1:1 invalid JSON: the file is empty/);
  });
});
