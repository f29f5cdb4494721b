import { strict as assert } from 'node:assert';
import { inMemoryChecker } from './inMemoryBase';
import { alarms, check, fixed } from './bundled';

describe('figures', () => {
  it('flags a wrong length and keeps the unit and separators', () => {
    const draft = 'Its frontier with Russia runs 7,464 kilometers.';
    const [f] = alarms(draft);
    assert.equal(f.rule, 'figure-contradiction');
    assert.equal(fixed(draft), 'Its frontier with Russia runs 7,644 kilometers.');
  });

  it('reads a list item with the paragraph that introduces it: "The lengths:" then "- Uzbekistan: 2,303 km"', () => {
    const draft = 'Kazakhstan has land borders with five states. The lengths:\n\n- Russia: 7,644 km\n- Uzbekistan: 2,303 km\n';
    assert.equal(fixed(draft), draft.replace('2,303', '2,330'));
    assert.deepEqual(alarms('Kazakhstan has five neighbours.\n\n- Uzbekistan: 2,303 km\n'), [], 'a paragraph without a colon introduces nothing');
  });

  it('keeps a number word a word', () => {
    assert.equal(fixed('The delegation that went to Turkey included eight ministers.'), 'The delegation that went to Turkey included six ministers.');
  });

  it('keeps the writer’s money format and corrects the scale', () => {
    assert.equal(
      fixed('The members of the Organization of Turkic States traded $42.3 million among themselves in 2023.'),
      'The members of the Organization of Turkic States traded $42.3 billion among themselves in 2023.',
    );
    assert.equal(fixed('Tokayev and Erdoğan set a goal of lifting bilateral trade to $5 billion.'), 'Tokayev and Erdoğan set a goal of lifting bilateral trade to $10 billion.');
  });

  it('reads ordinals, ages and terms', () => {
    assert.equal(fixed('The Sochi visit marked the 25th anniversary of relations between Kazakhstan and Russia.'), 'The Sochi visit marked the 30th anniversary of relations between Kazakhstan and Russia.');
    assert.equal(fixed('On November 28 the 67-year-old Tokayev met Putin in Moscow.'), 'On November 28 the 69-year-old Tokayev met Putin in Moscow.');
    assert.equal(fixed('Imangali Tasmagambetov became CSTO Secretary General for a five-year term.'), 'Imangali Tasmagambetov became CSTO Secretary General for a three-year term.');
  });

  it('supports hedged, rounded and converted figures', () => {
    for (const draft of [
      'The border with Russia, about 4,750 miles, is the longest common land border in the world.',
      'Trade among the Organization of Turkic States reached more than $40 billion in 2023.',
      'Trade among the Organization of Turkic States reached roughly $42 billion in 2023.',
      'Kazakhstan shares land borders with five states.',
    ]) {
      assert.deepEqual(alarms(draft), [], draft);
      assert.ok(check(draft).supported.length > 0, draft);
    }
  });

  it('reads a table row with its header', () => {
    const draft = '| Neighbour | Land border with Kazakhstan (km) |\n|---|---|\n| Turkmenistan | 431 |\n| China | 1,765 |\n';
    const found = alarms(draft);
    assert.equal(found.length, 1);
    assert.equal(found[0].claimText, '431');
    assert.equal(found[0].fix?.newText, '413');
  });

  it('reads years and decades of relations as the anniversary the source gives', () => {
    assert.equal(
      fixed('In Sochi, Tokayev and Putin marked two decades of relations between Kazakhstan and Russia.'),
      'In Sochi, Tokayev and Putin marked three decades of relations between Kazakhstan and Russia.',
    );
    assert.deepEqual(alarms('In Sochi the two leaders marked thirty years of relations between Kazakhstan and Russia.'), []);
  });

  it('reads the value of a labelled line in a fact box', () => {
    assert.equal(fixed('- **Agreements signed in Türkiye:** 16'), '- **Agreements signed in Türkiye:** 15');
    assert.deepEqual(alarms('- **Ministers on Tokayev’s visit to Türkiye:** half a dozen'), []);
  });

  it('corrects the unit when the number is the sourced one', () => {
    assert.equal(fixed('Kazakhstan’s frontier with Russia runs 7,644 miles.'), 'Kazakhstan’s frontier with Russia runs 7,644 kilometers.');
    assert.equal(fixed('Kazakhstan shares a 7,446-km border with Russia.'), 'Kazakhstan shares a 7,644-km border with Russia.');
  });

  it('leaves a figure about other parties alone', () => {
    assert.deepEqual(alarms('- **Kyrgyzstan’s own border with China:** about 1,060 km'), []);
    assert.deepEqual(alarms('Kazakhstan and China signed twelve agreements in 2023.'), []);
    assert.deepEqual(alarms('Trade between Kazakhstan and Russia reached $5 billion.'), []);
  });

  it('does not guess between facts that fit equally', () => {
    assert.deepEqual(alarms('| Neighbour | Land border (km) |\n|---|---|\n| All five | 13,364 |\n'), []);
  });
});

describe('a bound at another scale', () => {
  it('is the writer\'s round bound slipped a thousandfold, fixed to that bound: "more than $40 million" for $42.3 billion', () => {
    assert.equal(
      fixed('Among the members of the Organization of Turkic States, trade reached more than $40 million in 2023.'),
      'Among the members of the Organization of Turkic States, trade reached more than $40 billion in 2023.',
    );
  });
});

describe('what a figure counts, before it', () => {
  const c = inMemoryChecker('Merger', 'Merger\n\nExxon and Mobil have a combined workforce of 123,000.\n', [{ id: 'exxon', kind: 'organization', name: 'Exxon', aliases: [] }], [
    { id: 'workforce', source: 'report', event: 'Combined workforce', entities: ['exxon'], keywords: ['workforce', 'combined'], value: { type: 'count', amount: 123000, noun: 'employee' }, quote: 'Exxon and Mobil have a combined workforce of 123,000' },
  ]);

  it('is the noun of "a … of N", an open compound as one word: "a combined work force of 132,000"', () => {
    assert.deepEqual(c.check('The cuts come to 7% of a combined work force of 132,000.').findings.map((f) => f.fix?.newText), ['123,000']);
    assert.deepEqual(c.check('The cuts come to 7% of a combined work force of 123,000.').supported.map((s) => s.factId), ['workforce']);
  });
});

describe('an amount at another scale', () => {
  const c = inMemoryChecker('Tunnel', 'Tunnel\n\nThe Channel Tunnel cost £4.65 billion.\nThe Channel Tunnel was financed by 220 banks.\n', [{ id: 'channel-tunnel', kind: 'thing', name: 'Channel Tunnel', aliases: [] }], [
    { id: 'cost', source: 'report', event: 'What the tunnel cost', entities: ['channel-tunnel'], keywords: ['cost'], value: { type: 'money', amount: 4650000000, currency: 'GBP' }, quote: 'The Channel Tunnel cost £4.65 billion' },
    { id: 'banks', source: 'report', event: 'Banks financing the tunnel', entities: ['channel-tunnel'], keywords: ['banks', 'financed'], value: { type: 'count', amount: 220, noun: 'bank' }, quote: 'The Channel Tunnel was financed by 220 banks' },
  ]);

  it('is a slip that one event word is evidence enough for, since it is the very digits: "the finished tunnel cost £4.65m"', () => {
    assert.deepEqual(c.check('The finished tunnel cost £4.65m, more than first estimated.').findings.map((f) => f.fix?.newText), ['£4.65bn']);
  });

  it('is not, with other digits: "the finished tunnel cost £3.1m" says nothing', () => {
    assert.deepEqual(c.check('The finished tunnel cost £3.1m, more than first estimated.').findings.filter((f) => f.severity === 'error'), []);
  });
});

describe('a count with a zero added or dropped', () => {
  const c = inMemoryChecker('Quake', 'Quake\n\nAbout 200 people were injured.\n', [{ id: 'quake', kind: 'event', name: 'South Napa earthquake', aliases: [] }], [
    { id: 'injured', source: 'report', event: 'People injured in the quake', entities: ['quake'], keywords: ['injured'], value: { type: 'count', amount: 200, noun: 'person', bound: 'about' }, quote: 'About 200 people were injured' },
  ]);

  it('is a slip that one event word is evidence enough for, since it is the very digits: "left about 2,000 people injured"', () => {
    assert.deepEqual(c.check('It left about 2,000 people injured.').findings.map((f) => f.fix?.newText), ['200']);
  });

  it('is read in a thread\'s numbered post, whose first word names no one: "4/ The South Napa earthquake left about 300 people injured"', () => {
    assert.deepEqual(c.check('4/ The South Napa earthquake left about 300 people injured.').findings.map((f) => f.fix?.newText), ['200']);
  });

  it('is not, written as a word: "twenty people injured" may be another count', () => {
    assert.deepEqual(c.check('It left twenty people injured.').findings.filter((f) => f.severity === 'error'), []);
  });
});

describe('an event word in a verb\'s form after a count', () => {
  const c = inMemoryChecker('Memorial', 'Memorial\n\nGutzon Borglum and 400 workers carved the memorial.\n', [{ id: 'memorial', kind: 'monument', name: 'Mount Rushmore', aliases: [] }], [
    { id: 'workers', source: 'report', event: 'Workers who carved the memorial', entities: ['memorial'], keywords: ['workers', 'carved'], value: { type: 'count', amount: 400, noun: 'worker' }, quote: 'Gutzon Borglum and 400 workers' },
  ]);

  it('is what the counted ones did, not what is counted: "Mount Rushmore shows four presidents carved into granite" counts presidents', () => {
    assert.deepEqual(c.check('Mount Rushmore shows the faces of four presidents carved into a granite mountain.').findings.filter((f) => f.severity === 'error'), []);
  });

  it('counts the ones who did it right after the number: "some 300 carved Mount Rushmore" is a slip of the 400', () => {
    assert.deepEqual(c.check('Over fourteen years some 300 carved Mount Rushmore.').findings.filter((f) => f.severity === 'error').map((f) => f.fix?.newText), ['400']);
  });
});

describe('an ordinal that ends its series', () => {
  const missions = inMemoryChecker('Missions', 'Servicing Mission 4 was the telescope’s fifth and final servicing mission.\n', [{ id: 'scope', kind: 'spacecraft', name: 'Hubble' }], [
    { id: 'sm4', source: 'report', event: 'SM4 is Hubble’s fifth and final servicing mission', entities: ['scope'], value: { type: 'ordinal', amount: 5, noun: 'servicing mission' }, quote: 'fifth and final servicing mission' },
  ]);

  it('counts the noun after "and final": "Hubble’s fourth and final servicing mission" is a slip of the fifth', () => {
    const r = missions.check('Hubble’s fourth and final servicing mission flew in 2009.');
    assert.deepEqual(r.findings.filter((f) => f.severity !== 'info').map((f) => [f.claimText, f.fix?.newText]), [['fourth', 'fifth']]);
  });
});
