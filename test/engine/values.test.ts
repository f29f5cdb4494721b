import { strict as assert } from 'node:assert';
import { findFigures } from '../../server/src/engine/claims/figures';
import { loadFactBase } from '../../server/src/engine/index';
import { check } from './bundled';
import { fixedSentence, valuesBaseFiles, valuesChecker } from './valuesBase';
import { inMemoryChecker } from './inMemoryBase';

/** The one finding of a sentence as "rule: claim -> fix", or "supported" / "nothing". */
function verdict(draft: string): string {
  const result = valuesChecker().check(draft);
  const [f, ...more] = result.findings;
  if (more.length > 0) return `${result.findings.length} findings`;
  if (!f) return result.supported.length > 0 ? 'supported' : 'nothing';
  const claim = draft.slice(f.range.start.character, f.range.end.character);
  return f.fix ? `${f.rule}: ${claim} -> ${f.fix.newText}` : `${f.rule}: ${claim}`;
}

/** One spec per sentence: the sentence in, its verdict out. */
function gives(cases: Array<[string, string]>): void {
  for (const [draft, expected] of cases) it(draft, () => assert.equal(verdict(draft), expected));
}

/** What the reader takes a figure to measure: "measure unit value". */
function reads(sentence: string): string[] {
  return findFigures(sentence, 0, sentence.length, []).map((f) => `${f.measure} ${f.unit ?? '-'} ${f.value}`);
}

describe('values: what the draft reader reads', () => {
  it('reads units by their symbols, words and hyphenated adjectives', () => {
    assert.deepEqual(reads('a 10-foot wall, a 293-million-mile trip, 15,000 pounds, 300 m, 2 km², 1 cubic kilometer'), [
      'quantity ft 10', 'quantity mi 293000000', 'quantity lb 15000', 'quantity m 300', 'quantity km2 2', 'quantity km3 1',
    ]);
    assert.deepEqual(reads('at 14,000 mph or 22,530 km/h, 68 degrees Fahrenheit, 20°C, 220 square miles, 40 hectares, 5 acres'), [
      'quantity mph 14000', 'quantity km/h 22530', 'quantity degF 68', 'quantity degC 20', 'quantity sq-mi 220', 'quantity ha 40', 'quantity acre 5',
    ]);
  });

  it('reads durations from seconds to decades, percentages and scales', () => {
    assert.deepEqual(reads('73 seconds, 32 minutes, 11 hours, a three-year term, two decades, 40 percent, 1%'), [
      'duration second 73', 'duration minute 32', 'duration hour 11', 'duration year 3', 'duration decade 2', 'percent % 40', 'percent % 1',
    ]);
    assert.deepEqual(reads('a magnitude-6.9 earthquake, a 5.4 magnitude aftershock, a Category 4 storm'), ['scale magnitude 6.9', 'scale magnitude 5.4', 'scale category 4']);
  });

  it('reads currencies by symbol, code and word, and codes only in capitals', () => {
    assert.deepEqual(reads('USD 5 million, 5 million euros, €5m, C$20, A$3 billion, 2 billion tenge, ₽300, 10 yuan, ₹500'), [
      'money USD 5000000', 'money EUR 5000000', 'money EUR 5000000', 'money CAD 20', 'money AUD 3000000000', 'money KZT 2000000000', 'money RUB 300', 'money CNY 10', 'money INR 500',
    ]);
    assert.deepEqual(reads('They try 5 times on a 5G network.'), ['count - 5']);
  });

  it('reads a number spelled out in several words as one figure', () => {
    assert.deepEqual(reads('a border of seven thousand four hundred and sixty-four kilometres, four hundred people, fifteen hundred troops'), [
      'quantity km 7464', 'count - 400', 'count - 1500',
    ]);
  });

  it('reads no count in a number a verb follows: "the 787 had logged 844 orders"', () => {
    assert.deepEqual(reads('By November 2012 the 787 had logged 844 orders.'), ['count - 844']);
  });

  it('reads no figure in a reference mark', () => {
    assert.deepEqual(reads('24 megatons of thermal energy;[3][31] it ejected 2.79 km3'), ['count - 24', 'quantity km3 2.79']);
  });

  it('reads a clock time as a time of day, with its zone', () => {
    assert.deepEqual(reads('at 8:32 a.m., at 14:05 UTC, at 7:14 p.m. EDT'), ['time - 512', 'time UTC 845', 'time EDT 1154']);
  });
});

describe('values: a quantity in any dimension, converted in the writer’s unit', () => {
  const cases: Array<[string, string]> = [
    ['Dimorphos is about 160 meters across.', 'supported'],
    ['Dimorphos is 630 feet across.', 'figure-contradiction: 630 feet -> 530 feet'],
    ['Dimorphos is 530 meters across.', 'figure-contradiction: 530 meters -> 530 feet'],
    ['The DART spacecraft weighed 570 kilograms at impact.', 'supported'],
    ['The DART spacecraft weighed 670 kilograms at impact.', 'figure-contradiction: 670 kilograms -> 570 kilograms'],
    ['The DART spacecraft weighed 1,620 pounds at impact.', 'figure-contradiction: 1,620 pounds -> 1,260 pounds'],
    ['The Kilauea lidar survey covered about 570 square kilometers.', 'supported'],
    ['The Kilauea lidar survey covered about 750 km².', 'figure-contradiction: 750 km² -> 570 km²'],
    ['The Kilauea lidar survey covered about 750,000,000 m².', 'figure-contradiction: 750,000,000 m² -> 570,000,000 m²'],
    ['About 3 cubic kilometers of lava erupted from Kilauea.', 'figure-contradiction: 3 cubic kilometers -> 1 cubic kilometer'],
    ['DART hit Dimorphos at about 22,500 km/h.', 'supported'],
    ['DART hit Dimorphos at about 41,000 mph.', 'figure-contradiction: 41,000 mph -> 14,000 mph'],
    ['The Kilauea lava reached 1,150 degrees Celsius.', 'supported'],
    ['The Kilauea lava reached 2,100 °C.', 'figure-contradiction: 2,100 °C -> 2,100 °F'],
    ['Kilauea officials set a 1,000-foot safety zone.', 'supported'],
    ['Kilauea officials set a 500 m safety zone.', 'figure-contradiction: 500 m -> 300 m'],
  ];
  gives(cases);
});

describe('values: durations, percentages, counts, scales and times of day', () => {
  const cases: Array<[string, string]> = [
    ['The DART impact shortened the orbit of Dimorphos by 23 minutes.', 'figure-contradiction: 23 minutes -> 32 minutes'],
    ['The DART impact shortened the orbit of Dimorphos by 1,920 seconds.', 'supported'],
    ['The fissure fountains at Kilauea lasted 240 hours.', 'supported'],
    ['Only about 60 percent of those asteroids have been found, NASA says of the DART survey.', 'figure-contradiction: 60 percent -> 40 percent'],
    ['Some 96.7 percent of the erupted lava from Kilauea flowed into the ocean.', 'figure-contradiction: 96.7 percent -> 66.7 percent'],
    ['Some 56.7 percent of the erupted lava from Kilauea flowed into the ocean.', 'figure-contradiction: 56.7 percent -> 66.7 percent'],
    ['Some 37.0 percent of the erupted lava from Kilauea flowed into the ocean.', 'unsourced-claim: 37.0 percent'],
    ['The Kilauea museum raised 50 million euros.', 'figure-contradiction: 50 million euros -> 5 million euros'],
    ['The Kilauea ocean entry lay about 5 miles from the Pohoiki boat ramp.', 'figure-contradiction: 5 miles -> 0.5 miles'],
    ['A panel of fifteen graders scored the Kilauea essay contest.', 'figure-contradiction: fifteen -> twelve'],
    ['A magnitude-6.2 earthquake struck Kilauea in May 2018.', 'figure-contradiction: magnitude-6.2 -> magnitude-6.9'],
    ['A 6.9 magnitude earthquake struck Kilauea in May 2018.', 'supported'],
    ['DART struck Dimorphos at 7:41 p.m. EDT on Sept. 26, 2022.', 'date-contradiction: 7:41 p.m. EDT -> 7:14 p.m. EDT'],
    ['DART struck Dimorphos at 7:14 a.m. EDT on Sept. 26, 2022.', 'date-contradiction: 7:14 a.m. EDT -> 7:14 p.m. EDT'],
    ['DART struck Dimorphos at 23:14 UTC on Sept. 26, 2022.', 'supported'],
    ['The HVO overflight of Kilauea began at 9:00 a.m. on May 17, 2018.', 'date-contradiction: 9:00 a.m. -> 8:00 a.m.'],
  ];
  gives(cases);

  it('says nothing of a clock time that no fact binds, never "unsourced"', () => {
    assert.equal(verdict('The Kilauea eruption began at 3 p.m. and Kilauea officials met at 5 p.m.'), 'nothing');
    assert.deepEqual(check('Tokayev met Putin in Moscow at 3 p.m. on November 28.').findings.filter((f) => /3 p\.m\./.test(f.message)), []);
  });
});

describe('values: currencies', () => {
  const cases: Array<[string, string]> = [
    ['The Kilauea museum raised €6m.', 'figure-contradiction: €6m -> €5m'],
    ['The Kilauea museum raised EUR 5 million.', 'supported'],
    ['The Almaty partner of the Kilauea museum raised ₸2 billion.', 'supported'],
    ['The Almaty partner of the Kilauea museum raised 3 billion tenge.', 'figure-contradiction: 3 billion tenge -> 2 billion tenge'],
  ];
  gives(cases);

  it('does not convert between currencies: dollars are not compared with euros', () => {
    assert.equal(verdict('The Kilauea museum raised $6 million.'), 'unsourced-claim: $6 million');
  });
});

describe('values: bounds as the source states them', () => {
  const cases: Array<[string, string]> = [
    ['Federal aid for Kilauea recovery could reach $400 million.', 'supported'],
    ['Federal aid for Kilauea recovery could reach up to $400 million.', 'supported'],
    ['Federal aid for Kilauea recovery could reach $500 million.', 'figure-contradiction: $500 million -> $400 million'],
    ['The Kilauea eruption destroyed more than 700 structures in Leilani Estates.', 'supported'],
    ['The Kilauea eruption destroyed 600 structures in Leilani Estates.', 'figure-contradiction: 600 -> 700'],
    ['The Kilauea eruption destroyed 7,000 structures in Leilani Estates.', 'figure-contradiction: 7,000 -> 700'],
    ['The Kilauea eruption destroyed 900 structures in Leilani Estates.', 'unsourced-claim: 900'],
    ['Some 4,700 people were evacuated from Leilani Estates.', 'supported'],
    ['About 4,650 people were evacuated from Leilani Estates.', 'supported'],
    ['About 7,400 people were evacuated from Leilani Estates.', 'figure-contradiction: 7,400 -> 4,700'],
    ['The state paid $4.7 million for the Kilauea shelters.', 'supported'],
    ['The state paid $3.7 million for the Kilauea shelters.', 'figure-contradiction: $3.7 million -> $4.7 million'],
    ['Federal aid for Kilauea recovery could run as high as $300 million.', 'figure-contradiction: $300 million -> $400 million'],
    ['The state paid more than $7.4 million for the Kilauea shelters.', 'figure-contradiction: $7.4 million -> $4.7 million'],
    ['The Kilauea museum raised ~5.2 million euros.', 'supported'],
  ];
  gives(cases);

  it('contradicts a draft’s bound on the wrong side of the source’s', () => {
    assert.match(verdict('Federal aid for Kilauea recovery could reach more than $400 million.'), /^figure-contradiction/);
    assert.match(verdict('The Kilauea eruption destroyed nearly 700 structures in Leilani Estates.'), /^figure-contradiction/);
  });
});

describe('values: what two testers could not express', () => {
  it('loads a base with a fact of each: times of day, magnitudes, volumes, areas, weights, metres and feet, percentages, bounds, hours, minutes and seconds, speeds', () => {
    const { factBase, problems } = loadFactBase(valuesBaseFiles());
    assert.deepEqual(problems, []);
    const types = new Set(factBase!.facts.map((f) => ('unit' in f.value ? `${f.value.type} ${f.value.unit}` : f.value.type)));
    for (const t of ['time', 'scale', 'percent', 'quantity km3', 'quantity sq-mi', 'quantity lb', 'quantity m', 'quantity ft', 'quantity mph', 'quantity degF', 'duration minute', 'duration second']) {
      assert.ok(types.has(t), t);
    }
    assert.deepEqual([...new Set(factBase!.facts.flatMap((f) => ('bound' in f.value && f.value.bound ? [f.value.bound] : [])))].sort(), ['about', 'at-least', 'at-most']);
  });

  it('fixes a sentence in the writer’s own units and format', () => {
    assert.equal(fixedSentence('The DART spacecraft weighed 670 kilograms at impact.'), 'The DART spacecraft weighed 570 kilograms at impact.');
  });
});

describe('a temperature below zero', () => {
  const mars = inMemoryChecker('Mars weather', 'Mars weather\n\nAt the landing site the summer high was about minus 12 degrees Celsius.\n', [{ id: 'lander', kind: 'spacecraft', name: 'Pathfinder', aliases: [] }], [
    { id: 'high', source: 'report', event: 'Summer high at the landing site', entities: ['lander'], keywords: ['summer high', 'high', 'temperature'], value: { type: 'quantity', amount: -12, unit: 'degC', bound: 'about' }, quote: 'the summer high was about minus 12 degrees Celsius' },
  ]);
  const fixes = (draft: string) => mars.check(draft).findings.filter((f) => f.severity === 'error').map((f) => `${f.claimText} -> ${f.fix?.newText}`);

  it('is read with its sign however written: "-21 °C", "−21 °C", "minus 21 degrees Celsius"; a hyphen after a number is a range', () => {
    assert.deepEqual(reads('about -21 °C, −21 °C, minus 21 degrees Celsius, 10-21 °C'), ['quantity degC -21', 'quantity degC -21', 'quantity degC -21']);
  });

  it('is fixed with the writer’s own sign: "about -21 °C" for about minus 12', () => {
    assert.deepEqual(fixes('Pathfinder measured a summer high of about -21 °C.'), ['-21 °C -> -12 °C']);
    assert.deepEqual(fixes('Pathfinder measured a summer high of about −12 °C.'), []);
  });
});
