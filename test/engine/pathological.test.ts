import { strict as assert } from 'node:assert';
import { check } from './bundled';

/**
 * Drafts no writer means to write, but that an editor will hand over anyway: each must
 * be checked (within the suite's timeout) without a throw, and without false alarms.
 */
describe('pathological drafts', () => {
  const drafts: Record<string, () => string> = {
    'a run-on line of claims': () => 'Tokayev visited Sochi on August 21, 2022 and '.repeat(5000),
    'stray brackets': () => '['.repeat(20000) + ']('.repeat(20000),
    'stray backticks of every length': () => Array.from({ length: 3000 }, (_, i) => '`'.repeat((i % 7) + 1) + ' x ').join(''),
    'stray angle brackets': () => '<'.repeat(50000),
    'deeply nested quotes': () => '> '.repeat(3000) + 'Tokayev visited Sochi on August 21, 2022.',
    'a long table': () => '| Neighbour | Border (km) |\n|---|---|\n' + '| Russia | 7,644 |\n'.repeat(5000),
    'control characters and lone surrogates': () => '\u0000\uFFFF\uD800 Tokayev visited Sochi.\r\n'.repeat(500),
    'only whitespace': () => ' \n\t'.repeat(100000),
    'an empty draft': () => '',
    'a quotation that repeats a source passage': () => `“${'the two states are planning to conduct a joint military exercise '.repeat(30)}”`,
    'thousands of quotation marks': () => '"a b c d e f" “'.repeat(20000),
  };
  for (const [what, make] of Object.entries(drafts)) {
    it(`survives ${what}`, () => {
      const result = check(make());
      assert.ok(Array.isArray(result.findings));
    });
  }

  it('still finds the claims in a run-on line', () => {
    const result = check('Tokayev visited Sochi on August 21, 2022 and '.repeat(2000));
    assert.equal(result.findings.filter((f) => f.rule === 'date-contradiction').length, 2000);
  });
});
