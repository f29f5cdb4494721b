import { strict as assert } from 'node:assert';
import { sourcecheck } from './helpers';

describe('--help after a command', () => {
  for (const command of [['check'], ['baseline'], ['init'], ['facts'], ['facts', 'init'], ['facts', 'check'], ['facts', 'coverage']]) {
    it(`${command.join(' ')} --help prints that command's usage and exits 0`, () => {
      for (const flag of ['--help', '-h']) {
        const r = sourcecheck([...command, flag]);
        assert.equal(r.code, 0, r.stderr);
        assert.ok(r.stdout.startsWith(`Usage:\n  sourcecheck ${command.join(' ')}`), r.stdout);
        assert.match(r.stdout, /-h, --help +show this help/);
      }
    });
  }

  it('wins over the rest of the command line, even an invalid one', () => {
    const r = sourcecheck(['check', '--bogus', '--help']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Usage:\n  sourcecheck check/);
  });

  it('lists only the options that the command takes', () => {
    const r = sourcecheck(['baseline', '--help']);
    assert.doesNotMatch(r.stdout, /--fix/);
    assert.match(r.stdout, /--baseline FILE/);
  });
});
