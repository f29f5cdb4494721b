import { strict as assert } from 'node:assert';
import { keySlip } from '../../server/src/engine/verdicts/keySlip';
import * as path from 'node:path';
import { createChecker, loadFactBase } from '../../server/src/engine/index';
import { readFactBase } from '../../server/src/io/readFactBase';
import { alarms, check } from './bundled';
import { inMemoryChecker, verdictsOf } from './inMemoryBase';

const SOURCE = [
  'Quake report',
  '',
  'It was the largest earthquake in over 25 years to hit the Bay Area. The rupture left a surface slip of up to 18 inches.',
  'The border with Turkmenistan is 413 kilometers long. The country shares land borders with five states.',
  '',
].join('\n');

const c = inMemoryChecker('Quake report', SOURCE, [
  { id: 'bay', kind: 'region', name: 'Bay Area', aliases: [] },
  { id: 'tm', kind: 'country', name: 'Turkmenistan', aliases: [] },
], [
  { id: 'largest', source: 'report', event: 'The largest Bay Area earthquake in over 25 years', entities: ['bay'], keywords: ['largest', 'earthquake'], value: { type: 'duration', amount: 25, unit: 'year', bound: 'at-least' }, quote: 'It was the largest earthquake in over 25 years to hit the Bay Area' },
  { id: 'slip', source: 'report', event: 'Surface slip of the rupture', entities: ['bay'], keywords: ['surface slip', 'rupture'], value: { type: 'quantity', amount: 18, unit: 'in', bound: 'at-most' }, quote: 'The rupture left a surface slip of up to 18 inches' },
  { id: 'tm-border', source: 'report', event: 'Length of the border with Turkmenistan', entities: ['tm'], keywords: ['border'], value: { type: 'quantity', amount: 413, unit: 'km' }, quote: 'The border with Turkmenistan is 413 kilometers long' },
  { id: 'borders', source: 'report', event: 'Number of states the country borders', entities: [], keywords: ['land borders', 'borders', 'states'], value: { type: 'count', amount: 5, noun: 'state' }, quote: 'The country shares land borders with five states' },
]);
const verdicts = (draft: string) => verdictsOf(c, draft);

describe('a span that ends its clause', () => {
  it('is the span the clause tells of: "the largest quake to hit the Bay Area in over 52 years" is a slip of 25', () => {
    assert.deepEqual(verdicts('It was the largest earthquake to hit the Bay Area in over 52 years.'), ['52 years -> 25 years']);
  });

  it('is supported when it restates the source’s bound', () => {
    assert.deepEqual(verdicts('It was the largest earthquake to hit the Bay Area in over 25 years.'), ['supported 25 years']);
  });

  it('is no such span in a list that names what it spans: "across three languages and four years"', () => {
    assert.deepEqual(verdicts('The largest earthquake coverage spanned three languages and four years.'), []);
  });
});

describe('a bound copied from the source', () => {
  it('is a slip when it is tighter than the source’s: "up to 14 inches" where the source says up to 18', () => {
    assert.deepEqual(verdicts('The rupture left a surface slip of up to 14 inches.'), ['14 inches -> 18 inches']);
  });

  it('agrees when it is the source’s own: "as much as 18 inches"', () => {
    assert.deepEqual(verdicts('The rupture left a surface slip of as much as 18 inches.'), ['supported 18 inches']);
  });
});

describe('a digit dropped or typed twice', () => {
  it('is a slip of the keys: 41, 43 or 4133 for 413; a single digit left is none (4 for 41)', () => {
    assert.deepEqual([keySlip(41, 413), keySlip(4133, 413), keySlip(43, 413), keySlip(4, 41)], [true, true, true, false]);
  });

  it('is flagged in the draft: "Turkmenistan (41 km)"', () => {
    assert.deepEqual(verdicts('The border with Turkmenistan is 41 kilometers long.'), ['41 kilometers -> 413 kilometers']);
  });
});

describe('the whole part of a fraction', () => {
  it('is no count: "more than seven and a half thousand kilometres" of border counts no neighbouring states', () => {
    const draft = 'And he found time for the Kazakhstan-Russia football match in the capital.\n\nThe two neighbours share a land border of more than seven and a half thousand kilometres.\n';
    assert.deepEqual(alarms(draft).map((f) => f.claimText), []);
  });
});

describe('a share of each day or week', () => {
  const hotline = inMemoryChecker('Aid', 'Aid\n\nThe 100 percent funding was set originally to last ten days.\n', [{ id: 'fema', kind: 'agency', name: 'FEMA', aliases: [] }], [
    { id: 'funding', source: 'report', event: 'The original length of the full funding', entities: ['fema'], keywords: ['funding', 'last'], value: { type: 'duration', amount: 10, unit: 'day' }, quote: 'The 100 percent funding was set originally to last ten days' },
  ]);

  it('is no span: "FEMA funding lines are open 24 hours a day, seven days a week"', () => {
    assert.deepEqual(verdictsOf(hotline, 'FEMA funding lines are open 24 hours a day, seven days a week.'), []);
  });

  it('leaves the span beside it a claim: "the funding was set to last seven days"', () => {
    assert.deepEqual(verdictsOf(hotline, 'The FEMA funding was set originally to last seven days.'), ['seven days -> ten days']);
  });
});

describe('a word of English', () => {
  const sandy = createChecker(loadFactBase(readFactBase(path.resolve(__dirname, '..', 'topics', 'sandy', 'facts'))).factBase!);
  const spelled = (draft: string) => sandy.check(draft).findings.filter((f) => f.rule === 'name-spelling').map((f) => `${f.claimText} -> ${f.fix?.newText}`);

  it('is no slip of a name: "Farther south, …" is not "Father" of the Father Capodanno center', () => {
    assert.deepEqual(spelled('Farther south, from Ocean County to Cape May County, the storm tide was about 5 to 8 feet.'), []);
  });

  it('is one after the name’s first word: "Roger Lees" for Roger Less', () => {
    assert.deepEqual(spelled('"Rock Island has an unwatering reputation," said Roger Lees, chief of the Design Branch.'), ['Lees -> Less']);
  });
});

describe('a claim the words point at too weakly to flag a slip of it', () => {
  const said = (draft: string) => {
    const r = check(draft);
    return [...r.findings.map((f) => `${f.rule} ${f.claimText}`), ...r.supported.map((s) => `supported ${s.claimText}`)];
  };

  it('is not vouched for, as its slip would not be flagged: "deepened for three decades" and "for four decades" alike', () => {
    assert.deepEqual(said('Relations between Ankara and Astana have deepened for three decades.'), []);
  });
});

describe('a figure that names what it measures', () => {
  it('is a fact’s only when the fact names it too: "our national income of $1.5 trillion" is no slip of the Turkic states’ trade', () => {
    const draft = 'Trade among the Organization of Turkic States is growing.\n\n"As the Turkic states, our population of 170 million, our total national income of $1.5 trillion and our place on the Middle Corridor are great opportunities to develop our trade," the minister said.\n';
    assert.deepEqual(alarms(draft).map((f) => f.claimText), []);
  });

  it('is still checked against the fact that names it: "the total trade of the Turkic states with the rest of the world exceeded $3.1 trillion"', () => {
    assert.deepEqual(alarms('The total trade of the Organization of Turkic States with the rest of the world exceeded $3.1 trillion.').map((f) => f.claimText), ['$3.1 trillion']);
  });
});

describe('an event word that another body names', () => {
  it('is that body’s event: "Pashinyan missed the CIS summit in Bishkek" in October dates no CSTO session', () => {
    assert.deepEqual(alarms('In October Armenian Prime Minister Nikol Pashinyan missed the CIS summit in Bishkek.').map((f) => f.claimText), []);
  });

  it('leaves the event words of the fact’s own body: "Pashinyan hosted the CSTO summit in Yerevan in October" is a slip of November', () => {
    assert.deepEqual(alarms('Armenian Prime Minister Nikol Pashinyan hosted the CSTO summit in Yerevan on October 23, 2022.').map((f) => `${f.claimText} -> ${f.fix?.newText}`), ['October 23, 2022 -> November 23, 2022']);
  });
});
