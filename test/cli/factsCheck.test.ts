import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFacts, sourcecheck, tempDir } from './helpers';

/** A copy of the bundled fact base with one mistake made in it, checked by `facts check`. */
function checkWith(mistake: (facts: string) => void) {
  const dir = tempDir();
  const facts = copyFacts(dir);
  mistake(facts);
  return sourcecheck(['facts', 'check', 'facts'], dir);
}

function editJson(facts: string, file: string, edit: (json: any) => void): void {
  const json = JSON.parse(fs.readFileSync(path.join(facts, file), 'utf8'));
  edit(json);
  fs.writeFileSync(path.join(facts, file), `${JSON.stringify(json, null, 2)}\n`);
}

describe('sourcecheck facts check', () => {
  it('exits 0 on the bundled base and says what it checked', () => {
    const r = sourcecheck(['facts', 'check', 'facts']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, 'checked 5 sources, 96 entities, 104 facts in facts: no problems\n');
  });

  it('points at a trailing comma by line and column, and says what it is', () => {
    let line = 0;
    const r = checkWith((facts) => {
      const file = path.join(facts, 'facts.json');
      const text = fs.readFileSync(file, 'utf8').replace(/\}\n {2}\]\n\}\n$/, '},\n  ]\n}\n');
      line = text.split('\n').length - 3;
      fs.writeFileSync(file, text);
    });
    assert.equal(r.code, 2);
    assert.match(r.stdout, new RegExp(`^facts/facts\\.json:${line}:6: invalid JSON: trailing comma`, 'm'));
    assert.match(r.stdout, /does not load: 1 error, 0 warnings\n$/);
  });

  it('gives a quote with straight quotes where the source has curly ones the passage it comes from', () => {
    const r = checkWith((facts) => editJson(facts, 'facts.json', (j) => (j.facts[6].quote = j.facts[6].quote.replace(/[“”]/g, '"'))));
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^facts\/facts\.json:\d+:\d+: the quote does not occur verbatim in source "[a-z-]+": the nearest passage, at sources\/\S+:\d+:\d+, reads ".*“Regional Cooperation-2022”.*"; curly against straight quotes/m);
  });

  it('names an unknown id with its place', () => {
    const r = checkWith((facts) => editJson(facts, 'facts.json', (j) => j.facts[0].entities.push('atlantis')));
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^facts\/facts\.json:11:9: unknown entity "atlantis" \(at facts\.0\.entities\.2\)$/m);
  });

  it('names a bad unit and the units there are', () => {
    const r = checkWith((facts) => editJson(facts, 'facts.json', (j) => (j.facts[45].value.unit = 'furlong')));
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^facts\/facts\.json:\d+:\d+: Invalid option: expected one of "km"\|"m"\|.*"lb".*"degF" at facts\.45\.value\.unit$/m);
  });

  it('lists a value its quote does not state and a shared alias as warnings, and exits 2 for them', () => {
    const r = checkWith((facts) => {
      editJson(facts, 'facts.json', (j) => (j.facts[3].value.amount = 3));
      editJson(facts, 'entities.json', (j) => j.entities[1].aliases.push('Tokayev'));
    });
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^facts\/facts\.json:\d+:\d+: warning: the value 3 is not in its quote, which states 2/m);
    assert.match(r.stdout, /^facts\/entities\.json:\d+:\d+: warning: "Tokayev" is also a name of entity "kassym-jomart-tokayev"/m);
    assert.match(r.stdout, /^checked 5 sources, 96 entities, 104 facts in facts: 0 errors, 2 warnings\n$/m);
  });

  it('shows text from the files as text, never as terminal control', () => {
    const r = checkWith((facts) => editJson(facts, 'facts.json', (j) => (j.facts[0].quote = '\u001b[2Jwiped')));
    assert.ok(!r.stdout.includes('\u001b'), r.stdout);
  });

  it('exits 2 on a folder that does not exist', () => {
    const r = sourcecheck(['facts', 'check', 'no-such-folder'], tempDir());
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no-such-folder: no such folder/);
  });
});
