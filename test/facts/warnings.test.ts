import { strict as assert } from 'node:assert';
import { loadFactBase, type LoadOptions, type Problem } from '../../server/src/engine/index';

const SOURCE = 'The jury named nine finalists on 12 March 2024. The prize of $1.5 million went to Ada Ortiz.\n';

interface Tiny {
  facts?: object[];
  entities?: object[];
  kinds?: object;
}

/** A one-source base around SOURCE; the facts and entities given replace the default ones. */
function load(tiny: Tiny, options?: LoadOptions) {
  const entities = tiny.entities ?? [{ id: 'ada-ortiz', kind: 'person', name: 'Ada Ortiz', aliases: ['Ortiz'] }];
  const files = new Map([
    ['sources.json', JSON.stringify({ sources: [{ id: 'jury', file: 'jury.txt', title: 'The jury' }] })],
    ['entities.json', JSON.stringify({ kinds: tiny.kinds, entities }, null, 2)],
    ['facts.json', JSON.stringify({ facts: tiny.facts ?? [] }, null, 2)],
    ['sources/jury.txt', SOURCE],
  ]);
  return loadFactBase(files, options);
}

function fact(value: object, quote: string): object {
  return { id: 'f', source: 'jury', event: 'the finalists are named', entities: [], keywords: [], value, quote };
}

function warnings(problems: Problem[]): string[] {
  return problems.filter((p) => p.severity === 'warning').map((p) => `${p.file}:${p.line + 1}: ${p.message}`);
}

describe('fact base warnings, which leave the base usable', () => {
  it('warns of a figure that its quote states otherwise: 8 against "nine finalists"', () => {
    const { factBase, problems } = load({ facts: [fact({ type: 'count', amount: 8, noun: 'finalist' }, 'named nine finalists')] });
    assert.ok(factBase, 'the base still loads');
    assert.deepEqual(warnings(problems), [
      'facts.json:9: the value 8 is not in its quote, which states 9: correct the value, or mark it "inferred" with a "reason" (at facts.0.value)',
    ]);
  });

  it('takes a figure as stated in words, in digits and with its scale', () => {
    for (const [value, quote] of [
      [{ type: 'count', amount: 9, noun: 'finalist' }, 'named nine finalists'],
      [{ type: 'money', amount: 1_500_000, currency: 'USD' }, 'The prize of $1.5 million'],
    ] as const) assert.deepEqual(warnings(load({ facts: [fact(value, quote)] }).problems), [], quote);
  });

  it('doubts one prize against "$1.5 million" until the value says it is inferred, and a quote with no number not at all', () => {
    assert.deepEqual(warnings(load({ facts: [fact({ type: 'count', amount: 1, noun: 'prize' }, 'The prize of $1.5 million went to Ada Ortiz')] }).problems), [
      'facts.json:9: the value 1 is not in its quote, which states 1500000: correct the value, or mark it "inferred" with a "reason" (at facts.0.value)',
    ]);
    const inferred = { type: 'count', amount: 1, noun: 'prize', inferred: { reason: 'one prize: "The prize"' } };
    assert.deepEqual(warnings(load({ facts: [fact(inferred, 'The prize of $1.5 million went to Ada Ortiz')] }).problems), []);
    assert.deepEqual(warnings(load({ facts: [fact({ type: 'count', amount: 1, noun: 'jury' }, 'The jury named')] }).problems), []);
  });

  it('warns of a part of a date its quote does not state, unless the value marks it inferred', () => {
    const date = { type: 'date', date: { year: 2024, month: 3, day: 13 } };
    assert.deepEqual(warnings(load({ facts: [fact(date, 'on 12 March 2024')] }).problems), [
      'facts.json:9: the quote does not state the day 13 of the date: correct the date, or list the parts the source leaves implicit in the value\'s "inferred" with a "reason" (at facts.0.value)',
    ]);
    const inferred = { ...date, inferred: { parts: ['day'], reason: 'the day after' } };
    assert.deepEqual(warnings(load({ facts: [fact(inferred, 'on 12 March 2024')] }).problems), []);
  });

  it('warns of a name that two entities share, at the second one', () => {
    const { factBase, problems } = load({
      entities: [
        { id: 'ada-ortiz', kind: 'person', name: 'Ada Ortiz', aliases: ['Ortiz'] },
        { id: 'ben-ortiz', kind: 'person', name: 'Ben Ortiz', aliases: ['ortiz'] },
      ],
    });
    assert.ok(factBase, 'the base still loads');
    assert.deepEqual(warnings(problems), [
      'entities.json:16: "ortiz" is also a name of entity "ada-ortiz": a draft that uses it could mean either (at entities.1.aliases.0)',
    ]);
  });

  describe('kinds', () => {
    const fumaroles = [
      { id: 'puu-oo', kind: 'fumarole', name: 'Puu Oo fumarole', aliases: [] },
      { id: 'halemaumau', kind: 'fumarole', name: 'Halemaumau fumarole', aliases: [] },
      { id: 'hilo', kind: 'city', name: 'Hilo', aliases: [] },
    ];

    it('warns once of a kind with no declared role, at its first entity, with the declaration to add', () => {
      const { factBase, problems } = load({ entities: fumaroles });
      assert.ok(factBase, 'the base still loads');
      assert.deepEqual(warnings(problems), [
        'entities.json:5: kind "fumarole" (2 entities) has no declared role, so it is read as a thing, neither a place nor a party: declare it in entities.json, e.g. "kinds": { "fumarole": { "role": "place" } }, with the role "person", "party", "place", "area" or "thing" (at entities.0.kind)',
      ]);
    });

    it('takes a declared kind and the bundled ones without a word', () => {
      assert.deepEqual(warnings(load({ entities: fumaroles, kinds: { fumarole: { role: 'place' } } }).problems), []);
    });

    it('rejects a role it does not know, and a kind that is not a lowercase word', () => {
      const { factBase, problems } = load({ entities: [{ id: 'x', kind: 'Space Probe', name: 'X', aliases: [] }], kinds: { crater: { role: 'volcano' } } });
      assert.equal(factBase, undefined);
      assert.deepEqual(
        problems.map((p) => p.message),
        ['Invalid option: expected one of "person"|"party"|"place"|"area"|"thing" at kinds.crater.role', 'a kind is a lowercase word, or words joined by hyphens at entities.0.kind'],
      );
    });
  });

  it('leaves the warnings out for a reader that only needs the base, but not the errors', () => {
    const wrong = fact({ type: 'count', amount: 8, noun: 'finalist' }, 'named nine finalists');
    const loaded = load({ facts: [wrong] }, { warnings: false });
    assert.ok(loaded.factBase);
    assert.deepEqual(loaded.problems, []);
    const unknown = { ...wrong, entities: ['nobody'] };
    assert.deepEqual(load({ facts: [unknown] }, { warnings: false }).problems.map((p) => p.message), ['unknown entity "nobody" (at facts.0.entities.0)']);
  });
});
