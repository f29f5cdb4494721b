import { strict as assert } from 'node:assert';
import { inMemorySources, verdictsOf } from './inMemoryBase';

const storm = inMemorySources(
  [
    { id: 'center', title: 'Tropical Cyclone Report', publisher: 'Hurricane Center', text: 'Preliminary U.S. damage estimates are near $50 billion.\n' },
    { id: 'service', title: 'Service Assessment', publisher: 'Weather Service', text: 'Sandy left approximately 8.5 million customers without power.\n' },
    { id: 'research', title: 'Recovery Funding', publisher: 'Research Service', text: 'Damages were later estimated at $65 billion.\n' },
  ],
  [
    { id: 'sandy', kind: 'event', name: 'Hurricane Sandy', aliases: ['Sandy'] },
    { id: 'usa', kind: 'country', name: 'United States', aliases: ['U.S.'] },
    { id: 'nhc', kind: 'organization', name: 'Hurricane Center', aliases: ['NHC'] },
    { id: 'nws', kind: 'organization', name: 'Weather Service', aliases: ['NWS'] },
    { id: 'crs', kind: 'organization', name: 'Research Service', aliases: ['CRS'] },
  ],
  [
    { id: 'preliminary', source: 'center', event: 'Preliminary US damage estimate for Sandy', entities: ['sandy', 'usa'], value: { type: 'money', amount: 50e9, currency: 'USD', bound: 'about' }, when: { year: 2012 }, quote: 'Preliminary U.S. damage estimates are near $50 billion' },
    { id: 'customers', source: 'service', event: 'Customers left without power by Sandy', entities: ['sandy'], keywords: ['without power', 'customers'], value: { type: 'count', amount: 8.5e6, noun: 'customer', bound: 'about' }, quote: 'Sandy left approximately 8.5 million customers without power' },
    { id: 'later', source: 'research', event: 'Later estimate of damages from Sandy', entities: ['sandy'], keywords: ['damages', 'later'], value: { type: 'money', amount: 65e9, currency: 'USD' }, quote: 'Damages were later estimated at $65 billion' },
  ],
);

describe('a source cited beside a claim', () => {
  it('is no other party: "NHC" in a table’s Source column cites the damage estimate, it does not take part in another event', () => {
    const table = ['| Indicator | Value | Source |', '|---|---|---|', '| U.S. damage, preliminary | ~$5bn | NHC Tropical Cyclone Report, Feb. 2013 |'].join('\n');
    assert.deepEqual(verdictsOf(storm, table), ['$5bn -> $50bn']);
  });

  it('says whose figure a row gives: the CRS’s later $65bn is no slip of the NHC’s preliminary $50bn', () => {
    const table = ['| Indicator | Value | Source |', '|---|---|---|', '| Sandy damages, later estimate | ~$65bn | CRS, Dec. 2014 |'].join('\n');
    assert.deepEqual(verdictsOf(storm, table), ['supported $65bn']);
  });

  it('reads no claim in the Source column: a report’s date is not the date of the row’s event', () => {
    const table = ['| Indicator | Value | Federal source |', '|---|---|---|', '| Customers without power | 8.5 million | NWS Service Assessment, May 2014 |'].join('\n');
    assert.deepEqual(verdictsOf(storm, table), ['supported 8.5 million']);
  });
});

describe('a count written with a scale word', () => {
  it('counts what its noun names: "5.8 million customers" is a slip of 8.5 million as "5,800,000 customers" is', () => {
    assert.deepEqual(verdictsOf(storm, 'Sandy left about 5.8 million customers without power.'), ['5.8 million -> 8.5 million']);
    assert.deepEqual(verdictsOf(storm, 'Sandy left about 5,800,000 customers without power.'), ['5,800,000 -> 8,500,000']);
  });
});

const mission = inMemorySources(
  [{ id: 'sheet', title: 'Fact sheet', publisher: 'Space Agency', text: 'The mission cost $865 million from May 1972 through the Neptune encounter.\n' }],
  [{ id: 'voyager', kind: 'spacecraft', name: 'Voyager', aliases: [] }, { id: 'neptune', kind: 'planet', name: 'Neptune', aliases: [] }],
  [{ id: 'cost', source: 'sheet', event: 'The cost of the Voyager mission through the Neptune encounter', entities: ['voyager', 'neptune'], keywords: ['cost'], value: { type: 'money', amount: 865e6, currency: 'USD' }, when: { year: 1989, month: 8 }, quote: 'The mission cost $865 million from May 1972 through the Neptune encounter' }],
);

describe('a time the fact’s quote names', () => {
  it('is the fact’s time frame: "from May 1972" does not make the cost another time’s', () => {
    assert.deepEqual(verdictsOf(mission, 'The Voyager mission cost $685 million from May 1972 through the Neptune encounter.'), ['$685 million -> $865 million']);
  });

  it('is no other: a cost "in May 1980" is still of another time', () => {
    assert.deepEqual(verdictsOf(mission, 'By May 1980 the Voyager mission had cost $685 million.'), []);
  });
});
