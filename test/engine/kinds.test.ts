import { strict as assert } from 'node:assert';
import { createChecker, loadFactBase, type Checker } from '../../server/src/engine/index';

/**
 * A base on another topic, with kinds of its own: what a kind is to a verdict is the
 * role the base declares for it, whatever its name.
 */
const SOURCE = `Kilauea eruption update, May 2018.

Lava from the fissures pooled in Puu Oo crater on May 3, 2018.
NASA launched Artemis I, carrying the Orion capsule, on November 16, 2022.
Volcanologists gathered in Hawaii to review the eruption.
`;

const ENTITIES = [
  { id: 'puu-oo', kind: 'crater', name: 'Puu Oo crater', aliases: ['Puu Oo'] },
  { id: 'halemaumau', kind: 'crater', name: 'Halemaumau crater', aliases: ['Halemaumau'] },
  { id: 'nasa', kind: 'organization', name: 'NASA', aliases: [] },
  { id: 'artemis-i', kind: 'mission', name: 'Artemis I', aliases: [] },
  { id: 'orion', kind: 'spacecraft', name: 'Orion', aliases: [] },
  { id: 'hawaii', kind: 'state', name: 'Hawaii', aliases: [] },
  { id: 'oregon', kind: 'state', name: 'Oregon', aliases: [] },
];

const FACTS = [
  { id: 'lava-pooled', source: 'update', event: 'Lava pools in a crater', entities: [], keywords: ['lava', 'pooled'], value: { type: 'entity', slot: 'place', entity: 'puu-oo' }, quote: 'Lava from the fissures pooled in Puu Oo crater' },
  { id: 'artemis-launch', source: 'update', event: 'Artemis I launches', entities: ['nasa', 'artemis-i'], keywords: ['launched'], value: { type: 'date', date: { year: 2022, month: 11, day: 16 } }, quote: 'NASA launched Artemis I, carrying the Orion capsule, on November 16, 2022' },
  { id: 'review-place', source: 'update', event: 'Volcanologists review the eruption', entities: [], keywords: ['volcanologists', 'gathered'], value: { type: 'entity', slot: 'place', entity: 'hawaii' }, quote: 'Volcanologists gathered in Hawaii' },
];

function checker(kinds: Record<string, { role: string; spelled?: boolean }>): Checker {
  const files = new Map([
    ['sources.json', JSON.stringify({ sources: [{ id: 'update', file: 'update.txt', title: 'Kilauea eruption update' }] })],
    ['entities.json', JSON.stringify({ kinds, entities: ENTITIES })],
    ['facts.json', JSON.stringify({ facts: FACTS })],
    ['sources/update.txt', SOURCE],
  ]);
  const { factBase, problems } = loadFactBase(files);
  if (!factBase) throw new Error(JSON.stringify(problems));
  return createChecker(factBase);
}

const fixes = (c: Checker, draft: string) => c.check(draft).findings.map((f) => f.fix?.newText);

describe('a kind is what its declared role makes it', () => {
  const declared = checker({ crater: { role: 'place' }, spacecraft: { role: 'thing' }, state: { role: 'area' } });

  describe('a crater declared a place is judged as a place', () => {
    it('flags another known crater where the sources place the event: "pooled in Halemaumau crater"', () => {
      assert.deepEqual(fixes(declared, 'Lava from the fissures pooled in Halemaumau crater.'), ['Puu Oo crater']);
    });

    it('flags an unknown name after "in": "pooled in Leilani crater"', () => {
      assert.deepEqual(fixes(declared, 'Lava from the fissures pooled in Leilani crater.'), ['Puu Oo crater']);
    });

    it('supports the crater the sources name', () => {
      const result = declared.check('Lava from the fissures pooled in Puu Oo crater.');
      assert.deepEqual(result.findings, []);
      assert.deepEqual(result.supported.map((s) => s.factId), ['lava-pooled']);
    });

    it('spells its names, as a place: "Halemaumou" for Halemaumau', () => {
      assert.deepEqual(fixes(declared, 'Visitors watched the glow over Halemaumou crater.'), ['Halemaumau']);
    });

    it('leaves its near misses alone when the base declares it not spelled', () => {
      const unspelled = checker({ crater: { role: 'place', spelled: false } });
      assert.deepEqual(fixes(unspelled, 'Visitors watched the glow over Halemaumou crater.'), []);
    });
  });

  describe('a crater declared a thing is never a place claim', () => {
    const undeclared = checker({ crater: { role: 'thing' }, spacecraft: { role: 'thing' } });

    it('leaves "pooled in Halemaumau crater" alone', () => {
      assert.deepEqual(fixes(undeclared, 'Lava from the fissures pooled in Halemaumau crater.'), []);
    });

    it('leaves an unknown name after "in" alone: "pooled in Leilani crater"', () => {
      assert.deepEqual(fixes(undeclared, 'Lava from the fissures pooled in Leilani crater.'), []);
    });

    it('leaves its near misses alone', () => {
      assert.deepEqual(fixes(undeclared, 'Visitors watched the glow over Halemaumou crater.'), []);
    });
  });

  describe('a crater declared nothing is what a reader takes a crater for: a place', () => {
    it('flags another known crater where the sources place the event', () => {
      assert.deepEqual(fixes(checker({}), 'Lava from the fissures pooled in Halemaumau crater.'), ['Puu Oo crater']);
    });
  });

  describe('a state declared an area holds places', () => {
    it('flags another state where the sources place the event: "gathered in Oregon"', () => {
      assert.deepEqual(fixes(declared, 'Volcanologists gathered in Oregon to review the eruption.'), ['Hawaii']);
    });

    it('leaves an unknown place alone, which may lie inside it: "gathered in Hilo"', () => {
      assert.deepEqual(fixes(declared, 'Volcanologists gathered in Hilo to review the eruption.'), []);
    });

    it('flags that unknown place when the base declares the state a point, a place', () => {
      const asPoint = checker({ crater: { role: 'place' }, state: { role: 'place' } });
      assert.deepEqual(fixes(asPoint, 'Volcanologists gathered in Hilo to review the eruption.'), ['Hawaii']);
    });
  });

  describe('a spacecraft declared a thing does not make a claim near it another party\'s', () => {
    const slip = 'NASA launched Artemis I, carrying the Orion capsule, on November 18, 2022.';

    it('flags the slipped launch date beside it, with the fix', () => {
      assert.deepEqual(fixes(declared, slip), ['November 16, 2022']);
    });

    it('only marks the date unsourced when the base declares it a party, as forcing it into "organization" did', () => {
      const asParty = checker({ crater: { role: 'place' }, spacecraft: { role: 'party' } });
      assert.deepEqual(asParty.check(slip).findings.map((f) => f.rule), ['unsourced-claim']);
    });
  });
});
