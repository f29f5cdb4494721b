import { strict as assert } from 'node:assert';
import { findFigures } from '../../server/src/engine/claims/figures';
import { labelUnit } from '../../server/src/engine/claims/labelUnit';
import { inMemoryChecker, verdictsOf } from './inMemoryBase';

const glance = inMemoryChecker(
  'Telescope at a glance',
  'Length: 43.5 ft (13.2 m)\nTwo 25-foot solar panels\nWeight: 24,500 lb (11,110 kg)\nWeight: 1,825 lb (828 kg)\nThe probe was about 119 AU from the Sun.\nThe deposit was about 0.7 cubic mile.\nThe park covers 110,000 acres.\n',
  [{ id: 'scope', kind: 'spacecraft', name: 'Hubble', aliases: ['the telescope'] }, { id: 'probe', kind: 'spacecraft', name: 'Voyager 2' }],
  [
    { id: 'length', source: 'report', event: "The telescope's length", entities: ['scope'], value: { type: 'quantity', amount: 43.5, unit: 'ft' }, quote: 'Length: 43.5 ft (13.2 m)' },
    { id: 'panels', source: 'report', event: 'Length of each solar panel', entities: ['scope'], value: { type: 'quantity', amount: 25, unit: 'ft' }, quote: 'Two 25-foot solar panels' },
    { id: 'weight', source: 'report', event: "The telescope's weight at launch", entities: ['scope'], value: { type: 'quantity', amount: 24500, unit: 'lb' }, quote: 'Weight: 24,500 lb (11,110 kg)' },
    { id: 'mirror', source: 'report', event: 'Weight of the primary mirror', entities: ['scope'], value: { type: 'quantity', amount: 1825, unit: 'lb' }, quote: 'Weight: 1,825 lb (828 kg)' },
    { id: 'distance', source: 'report', event: "The probe's distance from the Sun", entities: ['probe'], keywords: ['distance'], value: { type: 'count', amount: 119, noun: 'AU', bound: 'about' }, quote: 'about 119 AU from the Sun' },
    { id: 'deposit', source: 'report', event: 'Volume of the deposit', entities: [], keywords: ['deposit'], value: { type: 'quantity', amount: 0.7, unit: 'mi3', bound: 'about' }, quote: 'The deposit was about 0.7 cubic mile' },
    { id: 'park', source: 'report', event: 'Area of the park', entities: [], keywords: ['park', 'covers'], value: { type: 'quantity', amount: 110000, unit: 'acre' }, quote: 'The park covers 110,000 acres' },
  ],
);

describe('what a fact’s event line says', () => {
  it('points at the fact as its quote does: "at launch" tells the launch weight from the mirror’s', () => {
    assert.deepEqual(verdictsOf(glance, 'At launch the telescope weighed 42,500 pounds.'), ['42,500 pounds -> 24,500 pounds']);
  });

  it('tells which length is meant: the telescope’s, not a solar panel’s', () => {
    assert.deepEqual(verdictsOf(glance, 'The telescope’s length is 53.5 feet.'), ['53.5 feet -> 43.5 feet']);
  });
});

describe('units of astronomy, microscopy and geology', () => {
  it('reads astronomical units, microns, cubic miles and cubic feet', () => {
    const text = '152.7 AU, 2.2 microns, 0.7 cubic mile, 300 cubic feet';
    assert.deepEqual(findFigures(text, 0, text.length, []).map((f) => `${f.measure} ${f.unit} ${f.value}`), ['quantity au 152.7', 'quantity um 2.2', 'quantity mi3 0.7', 'quantity ft3 300']);
  });

  it('checks a volume in the unit the source gives it: "about 0.9 cubic mile" for about 0.7', () => {
    assert.deepEqual(verdictsOf(glance, 'The volume of the deposit was about 0.9 cubic mile.'), ['0.9 cubic mile -> 0.7 cubic mile']);
  });

  it('takes a base’s count of a unit’s word ("119 AU") for a quantity in that unit', () => {
    assert.deepEqual(verdictsOf(glance, 'Voyager 2’s distance from the Sun was 129 AU.'), ['129 AU -> 119 AU']);
    assert.deepEqual(verdictsOf(glance, 'Voyager 2’s distance from the Sun was about 119 astronomical units.'), ['supported 119 astronomical units']);
  });
});

describe('a bare figure of one significant digit', () => {
  it('rounds only what lies near it: "covers 100,000 acres" is a slip of 110,000', () => {
    assert.deepEqual(verdictsOf(glance, 'The park covers 100,000 acres.'), ['100,000 acres -> 110,000 acres']);
  });

  it('is a rounding once hedged: "about 100,000 acres"', () => {
    assert.deepEqual(verdictsOf(glance, 'The park covers about 100,000 acres.'), ['supported 100,000 acres']);
  });
});

describe('a table label that states its unit', () => {
  it('gives it to the bare numbers: "(km)", "in AU", ", ft", or the unit alone', () => {
    assert.deepEqual(['Length (km)', 'Same distance in AU', 'Height, ft', 'Miles', 'Launched', 'Cost in 2021', 'Revenue ($m)'].map((l) => labelUnit(l)?.unit ?? '-'), ['km', 'au', 'ft', 'mi', '-', '-', '-']);
  });

  it('reads a row’s cells in the unit of its label', () => {
    const draft = '| | Voyager 2 |\n|---|---|\n| Distance from the Sun in AU | 129 |\n';
    assert.deepEqual(verdictsOf(glance, draft), ['129 -> 119']);
  });
});

describe('a unit slipped with the number kept', () => {
  const c = inMemoryChecker('Engine', 'Engine\n\nHe designed and built the engine in six weeks.\nA gale swept over their camp with winds up to 75 miles an hour.\n', [{ id: 'taylor', kind: 'person', name: 'Charlie Taylor', aliases: ['Taylor'] }], [
    { id: 'build-time', source: 'report', event: 'Taylor builds the engine', entities: ['taylor'], keywords: ['built'], value: { type: 'duration', amount: 6, unit: 'week' }, quote: 'He designed and built the engine in six weeks' },
    { id: 'gale', source: 'report', event: 'A gale strikes the camp', entities: [], keywords: ['gale', 'winds'], value: { type: 'quantity', amount: 75, unit: 'mph' }, quote: 'A gale swept over their camp with winds up to 75 miles an hour' },
  ]);

  it('is a slip of a span too, a calendar unit or not: "built the engine in six months" for six weeks', () => {
    assert.deepEqual(verdictsOf(c, 'Charlie Taylor built the engine in six months.'), ['six months -> six weeks']);
  });

  it('reads "miles an hour" as a speed, not a distance', () => {
    assert.deepEqual(verdictsOf(c, 'A gale came through with winds up to 57 miles an hour.'), ['57 miles an hour -> 75 miles an hour']);
  });
});

describe('a number with a vulgar fraction', () => {
  it('is not read as its whole part: "3½ seconds" is no claim of 3', () => {
    const text = 'He was in the air 3½ seconds.';
    assert.deepEqual(findFigures(text, 0, text.length, []), []);
  });
});

describe('a point moved in a converted figure', () => {
  const c = inMemoryChecker('Landslide', 'Landslide\n\nThe debris avalanche had a volume of about 2.9 cubic kilometers.\n', [], [
    { id: 'volume', source: 'report', event: 'Volume of the debris avalanche', entities: [], keywords: ['avalanche', 'volume', 'landslide'], value: { type: 'quantity', amount: 2.9, unit: 'km3', bound: 'about' }, quote: 'The debris avalanche had a volume of about 2.9 cubic kilometers' },
  ]);

  it('is a slip of the figure as the writer would type it: "about 7 cubic miles" for 0.7 (2.9 km³)', () => {
    assert.deepEqual(verdictsOf(c, 'The debris avalanche had a volume of about 7 cubic miles.'), ['7 cubic miles -> 0.7 cubic miles']);
  });
});

describe('a number of halves in words', () => {
  const c = inMemoryChecker('Glide', 'Glide\n\nWilbur was in the air 3.5 seconds.\n', [{ id: 'wilbur', kind: 'person', name: 'Wilbur Wright', aliases: ['Wilbur'] }], [
    { id: 'trial', source: 'report', event: 'Time in the air on the trial', entities: ['wilbur'], keywords: ['air', 'aloft'], value: { type: 'duration', amount: 3.5, unit: 'second' }, quote: 'Wilbur was in the air 3.5 seconds' },
  ]);

  it('reads "two and a half seconds" as 2.5, and fixes it in words', () => {
    assert.deepEqual(verdictsOf(c, 'Wilbur was in the air two and a half seconds.'), ['two and a half seconds -> three and a half seconds']);
  });

  it('fixes a whole number in words with its half: "three seconds" to "three and a half seconds"', () => {
    assert.deepEqual(verdictsOf(c, 'Wilbur was in the air three seconds.'), ['three seconds -> three and a half seconds']);
  });

  it('supports it said the writer’s way', () => {
    assert.deepEqual(verdictsOf(c, 'Wilbur was in the air three and a half seconds.'), ['supported three and a half seconds']);
  });
});
