import { strict as assert } from 'node:assert';
import { createChecker, loadFactBase } from '../../server/src/engine/index';
import { inMemoryChecker } from './inMemoryBase';

/** A base whose facts list no event words: their quotes and source sentences must carry them. */
function baseWithoutKeywords() {
  const source = 'Harbour Town, 2024. The Northshore Rowing Club opened its new boathouse on 10 March 2024, after two years of building.';
  const files = new Map([
    ['sources.json', JSON.stringify({ sources: [{ id: 'club-news', file: 'club.txt', title: 'Club news' }] })],
    ['entities.json', JSON.stringify({ entities: [{ id: 'northshore-rowing-club', kind: 'organization', name: 'Northshore Rowing Club', aliases: ['Northshore'] }] })],
    ['facts.json', JSON.stringify({ facts: [{ id: 'boathouse-opened', source: 'club-news', event: 'The club opens its boathouse', entities: ['northshore-rowing-club'], keywords: [], value: { type: 'date', date: { year: 2024, month: 3, day: 10 } }, quote: 'opened its new boathouse on 10 March 2024' }] })],
    ['sources/club.txt', source],
  ]);
  const { factBase, problems } = loadFactBase(files);
  assert.ok(factBase, JSON.stringify(problems));
  return createChecker(factBase);
}

describe('event words come from the quote when the base lists none', () => {
  const c = baseWithoutKeywords();

  it('supports a draft that says what the source said', () => {
    assert.ok(c.check('The Northshore Rowing Club opened its boathouse on 10 March 2024.').supported.length === 1);
  });

  it('flags a slipped day, with the fix', () => {
    const [f] = c.check('The Northshore Rowing Club opened its boathouse on 12 March 2024.').findings.filter((x) => x.severity === 'error');
    assert.equal(f?.fix?.newText, '10 March 2024');
  });
});

describe('what a number counts is no event word', () => {
  const c = inMemoryChecker('Ditching', 'Ditching\n\nFour passengers and one flight attendant of Flight 1549 received serious injuries.\n', [{ id: 'flight-1549', kind: 'flight', name: 'Flight 1549', aliases: [] }], [
    { id: 'attendants-injured', source: 'report', event: 'Flight attendants seriously injured', entities: ['flight-1549'], keywords: ['serious', 'injuries', 'injured', 'flight attendant'], value: { type: 'count', amount: 1, noun: 'flight attendant' }, quote: 'Four passengers and one flight attendant of Flight 1549 received serious injuries' },
  ]);

  it('in the quote or the counted noun: "150 passengers and five crew, namely two pilots and three flight attendants" is no count of the injured', () => {
    assert.deepEqual(c.check('One hundred fifty-five in all: 150 passengers and five crew, namely two pilots and three flight attendants.').findings.filter((f) => f.severity !== 'info'), []);
  });

  it('leaves the words of what happened: "two flight attendants received serious injuries" is a slip', () => {
    assert.deepEqual(c.check('Four passengers and two flight attendants received serious injuries.').findings.map((f) => f.fix?.newText), ['one']);
  });
});

describe('a unit in the quote', () => {
  const c = inMemoryChecker('Borders', 'Borders\n\nKazakhstan shares land borders with five states: China (1,765 kilometers) and Russia (7,644 kilometers).\n', [
    { id: 'china', kind: 'country', name: 'China', aliases: [] },
    { id: 'russia', kind: 'country', name: 'Russia', aliases: [] },
  ], [
    { id: 'china-border', source: 'report', event: 'Border with China', entities: ['china'], keywords: [], value: { type: 'quantity', amount: 1765, unit: 'km' }, quote: 'China (1,765 kilometers)' },
    { id: 'russia-border', source: 'report', event: 'Border with Russia', entities: ['russia'], keywords: [], value: { type: 'quantity', amount: 7644, unit: 'km' }, quote: 'Russia (7,644 kilometers)' },
  ]);

  it('stays an event word, though a number counts it: a list of lengths shares it ("7,464 kilometers" beside "1,765 kilometers")', () => {
    assert.deepEqual(c.check('Its frontier with Russia runs 7,464 kilometers, the one with China 1,765 kilometers.').findings.map((f) => f.fix?.newText), ['7,644 kilometers']);
  });
});

describe('a year or a name’s number before a word of the event line', () => {
  const c = inMemoryChecker('Eruption', 'Eruption\n\nThe eruption caused the loss of 57 people.\nAfter a quiet period of 123 years, earthquake activity began.\n', [{ id: 'volcano', kind: 'volcano', name: 'Mount St. Helens', aliases: [] }], [
    { id: 'deaths', source: 'report', event: 'People killed by the May 18, 1980 eruption', entities: ['volcano'], keywords: ['killed'], value: { type: 'count', amount: 57, noun: 'person' }, quote: 'the loss of 57 people' },
    { id: 'quiet', source: 'report', event: 'Quiet period before the reawakening', entities: ['volcano'], keywords: ['quiet'], value: { type: 'duration', amount: 123, unit: 'year' }, quote: 'After a quiet period of 123 years' },
  ]);

  it('counts nothing: "the 1980 eruption" keeps "eruption" as a word of what happened, so "killed 59 people" is a slip', () => {
    const [f] = c.check('In all, the eruption killed 59 people.').findings.filter((x) => x.severity === 'error');
    assert.equal(f?.fix?.newText, '57');
    assert.match(f?.message ?? '', /57 people/);
  });

  it('and a span names what lasted by the noun it is of: "a quiet period of 132 years"', () => {
    assert.deepEqual(c.check('After a quiet period of 132 years, earthquakes started.').findings.map((x) => x.fix?.newText), ['123 years']);
  });
});
