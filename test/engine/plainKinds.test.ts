import { strict as assert } from 'node:assert';
import { createChecker, loadFactBase, type Checker } from '../../server/src/engine/index';

/**
 * A base as a new user writes it: kinds in plain English ("volcano", "lake", "state"),
 * never declared, a state that no fact involves, a figure whose quote has no event
 * words, a span counted back ("years ago"), and sentences as encyclopedias write them.
 */
const SOURCE = `Mount St. Helens facts

Before 1980 the summit of Mount St. Helens stood at a summit altitude of 9,677 feet.
Elevation: 8,363 ft (2,549 m).
The eruptive history of Mount St. Helens began about 40,000 years ago.
Ash from Mount St. Helens fell over an area of more than 22,000 square miles.
A visitor center was completed in December 1986 at Silver Lake.
On March 20, 1980, Mount St. Helens experienced a magnitude 4.2 earthquake.
On May 18, 1980, at 8:32 a.m. Pacific Daylight Time, a magnitude 5.1 earthquake shook Mount St. Helens.
Fifty-seven people were killed.
The Boeing battery consists of eight cells of 3.7 volts each.
Six of eight cells have been CT scanned.
Boeing Chairman, President and CEO Jim McNerney welcomed the decision.
Boeing Commercial Airplanes President and CEO Ray Conner spoke next.
Hubble's third servicing mission, Servicing Mission 3A, flew in December 1999.
On January 7, 2013, a Boeing battery overheated and started a fire.
In its first year Boeing delivered 35 Boeing 787-8 Dreamliners.
Four astronauts trained for five scheduled spacewalks on Hubble.
`;

const FACTS = [
  { id: 'summit-before', entities: ['helens'], keywords: ['summit', 'altitude', 'stood'], value: { type: 'quantity', amount: 9677, unit: 'ft' }, quote: 'summit altitude of 9,677 feet' },
  { id: 'elevation-now', entities: ['helens'], keywords: [], value: { type: 'quantity', amount: 8363, unit: 'ft' }, quote: '8,363 ft (2,549 m)' },
  { id: 'history', entities: ['helens'], keywords: ['eruptive', 'history', 'began'], value: { type: 'duration', amount: 40000, unit: 'year', bound: 'about' }, quote: 'began about 40,000 years ago' },
  { id: 'ash-area', entities: ['helens'], keywords: ['ash', 'fell', 'area'], value: { type: 'quantity', amount: 22000, unit: 'sq-mi', bound: 'at-least' }, quote: 'fell over an area of more than 22,000 square miles' },
  { id: 'quake-march', entities: ['helens'], keywords: ['earthquake'], value: { type: 'scale', name: 'magnitude', amount: 4.2 }, quote: 'Mount St. Helens experienced a magnitude 4.2 earthquake' },
  { id: 'quake-may', entities: ['helens'], keywords: ['earthquake', 'shook'], value: { type: 'scale', name: 'magnitude', amount: 5.1 }, quote: 'a magnitude 5.1 earthquake shook Mount St. Helens' },
  { id: 'deaths', entities: ['helens'], keywords: ['killed'], value: { type: 'count', amount: 57, noun: 'person' }, quote: 'Fifty-seven people were killed' },
  { id: 'cells', entities: ['boeing'], keywords: ['battery', 'consists'], value: { type: 'count', amount: 8, noun: 'cell' }, quote: 'The Boeing battery consists of eight cells' },
  { id: 'cells-scanned', entities: ['boeing'], keywords: ['scanned'], value: { type: 'count', amount: 6, noun: 'cell' }, quote: 'Six of eight cells have been CT scanned' },
  { id: 'mcnerney-ceo', entities: ['boeing'], keywords: [], value: { type: 'role', person: 'mcnerney', title: 'CEO', of: 'boeing' }, quote: 'Boeing Chairman, President and CEO Jim McNerney' },
  { id: 'conner-ceo', entities: ['boeing'], keywords: [], value: { type: 'role', person: 'conner', title: 'President and CEO', of: 'boeing' }, quote: 'Boeing Commercial Airplanes President and CEO Ray Conner' },
  { id: 'sm3a-ordinal', entities: ['hubble', 'sm3a'], keywords: ['servicing mission'], value: { type: 'ordinal', amount: 3, noun: 'mission' }, quote: "Hubble's third servicing mission, Servicing Mission 3A" },
  { id: 'fire-date', entities: ['boeing'], keywords: ['battery', 'overheated', 'fire'], value: { type: 'date', date: { year: 2013, month: 1, day: 7 } }, quote: 'On January 7, 2013, a Boeing battery overheated and started a fire' },
  { id: 'deliveries', entities: ['boeing'], keywords: ['delivered'], value: { type: 'count', amount: 35, noun: 'Dreamliner' }, quote: 'Boeing delivered 35 Boeing 787-8 Dreamliners' },
  // As `facts extract` writes a fact: the quote's words listed, another count's noun among them.
  { id: 'spacewalks', entities: ['hubble'], keywords: ['astronauts', 'trained', 'scheduled', 'spacewalks', 'times'], value: { type: 'count', amount: 5, noun: 'spacewalk' }, quote: 'Four astronauts trained for five scheduled spacewalks on Hubble' },
  { id: 'center-place', entities: ['silver-lake'], keywords: ['visitor center', 'completed'], value: { type: 'entity', slot: 'place', entity: 'silver-lake' }, quote: 'A visitor center was completed in December 1986 at Silver Lake' },
];

const ENTITIES = [
  { id: 'helens', kind: 'volcano', name: 'Mount St. Helens', aliases: [] },
  { id: 'idaho', kind: 'state', name: 'Idaho', aliases: [] },
  { id: 'washington', kind: 'state', name: 'Washington', aliases: [] },
  { id: 'boeing', kind: 'company', name: 'Boeing', aliases: [] },
  { id: 'mcnerney', kind: 'person', name: 'Jim McNerney', aliases: ['McNerney'] },
  { id: 'conner', kind: 'person', name: 'Ray Conner', aliases: ['Conner'] },
  { id: 'hubble', kind: 'spacecraft', name: 'Hubble', aliases: [] },
  { id: 'sm3a', kind: 'event', name: 'Servicing Mission 3A', aliases: ['SM3A'] },
  { id: 'us', kind: 'country', name: 'United States', aliases: ['U.S.'] },
  { id: 'silver-lake', kind: 'lake', name: 'Silver Lake', aliases: [] },
  { id: 'spirit-lake', kind: 'lake', name: 'Spirit Lake', aliases: [] },
];

let checker: Checker | undefined;

function plainChecker(): Checker {
  if (checker) return checker;
  const facts = FACTS.map((f) => ({ ...f, source: 'usgs', event: f.id }));
  const { factBase, problems } = loadFactBase(
    new Map([
      ['sources.json', JSON.stringify({ sources: [{ id: 'usgs', file: 'usgs.txt', title: 'Mount St. Helens facts' }] })],
      ['entities.json', JSON.stringify({ entities: ENTITIES })],
      ['facts.json', JSON.stringify({ facts })],
      ['sources/usgs.txt', SOURCE],
    ]),
  );
  if (!factBase) throw new Error(JSON.stringify(problems));
  return (checker = createChecker(factBase));
}

function verdict(draft: string): string {
  const result = plainChecker().check(draft);
  const errors = result.findings.filter((f) => f.severity !== 'info');
  if (errors.length > 1) return `${errors.length} findings`;
  const [f] = errors;
  if (!f) return result.supported.length > 0 ? 'supported' : 'nothing';
  const claim = draft.slice(f.range.start.character, f.range.end.character);
  return f.fix ? `${f.rule}: ${claim} -> ${f.fix.newText}` : `${f.rule}: ${claim}`;
}

describe('a base in plain English kinds', () => {
  const cases: Array<[string, string]> = [
    // A lake is a place, though the base never says so.
    ['A visitor center was completed at Spirit Lake.', 'name-contradiction: Spirit Lake -> Silver Lake'],
    ['A visitor center was completed at Silver Lake.', 'supported'],
    // "St." inside a name is the name's, not the end of it.
    ['Ash from Mount St. Helens fell over an area of more than 2,200 square miles.', 'figure-contradiction: 2,200 square miles -> 22,000 square miles'],
    // A state that no fact involves narrows the candidates to nothing.
    ['The plume reached Idaho by noon, and about 540 million tons of ash fell over an area of more than 2,200 square miles.', 'figure-contradiction: 2,200 square miles -> 22,000 square miles'],
    // A span counted back is the source's span counted back.
    ['The eruptive history of Mount St. Helens began about 4,000 years ago.', 'figure-contradiction: 4,000 years -> 40,000 years'],
    ['The eruptive history of Mount St. Helens began about 40,000 years ago.', 'supported'],
    // Four digits a fact states exactly are that fact's, however weakly the words point at it.
    ['Before 1980 Mount St. Helens stood at 9,677 feet. Afterward its rim stood at 8,363 feet.', 'supported'],
    ['Before 1980 the summit of Mount St. Helens stood at 9,767 feet.', 'figure-contradiction: 9,767 feet -> 9,677 feet'],
    // An area names where, not whose: the volcano's own state, a state the ash reached.
    ['The eruptive history of Mount St. Helens (Washington) began about 4,000 years ago.', 'figure-contradiction: 4,000 years -> 40,000 years'],
    // A clock's zone is no party to the quake.
    ['At 8:32 a.m. Pacific Daylight Time, a magnitude 1.5 earthquake shook Mount St. Helens.', 'figure-contradiction: magnitude 1.5 -> magnitude 5.1'],
    // A reference mark ends its sentence: the next one is not about U.S. history.
    ['It is the deadliest eruption in U.S. history.[4] Fifty-eight people were killed at Mount St. Helens.', 'figure-contradiction: Fifty-eight -> Fifty-seven'],
    // A bound copied with its keys slipped; a bound rounded down is the writer's.
    ['Ash from Mount St. Helens fell over an area of more than 20,200 square miles.', 'figure-contradiction: 20,200 square miles -> 22,000 square miles'],
    ['Ash from Mount St. Helens fell over an area of more than 20,000 square miles.', 'nothing'],
    // A figure spelled out is fixed spelled out.
    ['Before 1980 the summit of Mount St. Helens stood at nine thousand six hundred and seventy-six feet.', 'figure-contradiction: nine thousand six hundred and seventy-six feet -> nine thousand six hundred and seventy-seven feet'],
    // One member of a series is another member's only where the sentence names it.
    ['The second servicing mission, in 1997, added infrared instruments to the telescope.', 'nothing'],
    ['Servicing Mission 3A was the fourth servicing mission to Hubble.', 'figure-contradiction: fourth -> third'],
    // A "when" clause after a date tells that date's event, however long it takes to say it.
    ['The trouble began on Jan. 8, when a battery overheated and started a fire in an empty Boeing jet.', 'date-contradiction: Jan. 8 -> Jan. 7'],
    // A model number between a count and its noun leaves the noun the count's.
    ['In its first year Boeing delivered 53 Boeing 787-8 Dreamliners.', 'figure-contradiction: 53 -> 35'],
    // A word the base lists for a count is no synonym of its noun where the quote counts it apart, nor is "times".
    ['Seven astronauts trained for the Hubble mission.', 'nothing'],
    ['Astronauts visited Hubble four times.', 'nothing'],
    ['Four astronauts trained for six scheduled spacewalks on Hubble.', 'figure-contradiction: six -> five'],
    // One office among the ones a title joins is the office.
    ['Boeing Chairman, President and CEO Jim McNerney called it a step forward.', 'supported'],
    // One of many, picked out, is no count of them; the whole of a part is no count of the part.
    ['The new enclosure keeps a fault in one cell of the Boeing battery from spreading.', 'nothing'],
    ['The Boeing battery consists of eight cells, and six of the eight cells have been CT scanned.', 'supported'],
  ];
  for (const [draft, expected] of cases) it(draft, () => assert.equal(verdict(draft), expected));
});
