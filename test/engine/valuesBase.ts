import { createChecker, loadFactBase, type Checker, type Finding } from '../../server/src/engine/index';

/**
 * A small fact base held in memory, on topics the bundled base does not cover: an
 * eruption and a spacecraft's impact. Its facts are the values that two testers
 * found the schema could not hold (see test/topics/dart/NOTES.md), one of each.
 */
const SOURCE = `Kilauea and DART report

The Kilauea eruption destroyed over 700 structures in Leilani Estates.
A magnitude-6.9 earthquake struck Kilauea at 12:32 p.m. HST on May 4, 2018.
The HVO overflight of Kilauea began at 8:00 a.m. on May 17, 2018.
About 1 cubic kilometer of lava erupted from Kilauea.
The Kilauea lidar survey covered approximately 220 square miles.
Two-thirds of the erupted lava from Kilauea flowed into the ocean.
No vehicles over 15,000 pounds may use the Kilauea summit road.
The Coast Guard set a 300-metre safety zone around the Kilauea ocean entry.
The Kilauea lava reached 2,100 degrees Fahrenheit.
The Kilauea fissure 8 fountains lasted about 10 days.
Federal aid for Kilauea recovery could run as high as $400 million.
The state paid more than $4.7 million for the Kilauea shelters.
Nearly 4,700 people were evacuated from Leilani Estates.
A panel of twelve graders scored the Kilauea essay contest.
The DART spacecraft weighed 1,260 pounds at impact.
DART hit Dimorphos at about 14,000 mph.
DART struck Dimorphos at 7:14 p.m. EDT on Sept. 26, 2022.
Before the DART impact, Dimorphos took 11 hours and 55 minutes to orbit Didymos.
The DART impact shortened the orbit of Dimorphos by 32 minutes.
The DART team needed a change of at least 73 seconds.
Dimorphos is 530 feet across.
The survey seeks asteroids larger than 140 meters.
Only about 40 percent of those asteroids have been found, NASA says of the DART survey.
The DART mission cost about $324.5 million.
The Kilauea museum raised 5 million euros.
The Almaty partner of the Kilauea museum raised 2 billion tenge.
The Kilauea ocean entry lay about 0.5 miles from the Pohoiki boat ramp.
`;

type Value = Record<string, unknown>;

const FACTS: Array<[string, string[], string[], Value, string]> = [
  ['structures', ['kilauea', 'leilani'], ['destroyed', 'structures'], { type: 'count', amount: 700, noun: 'structure', bound: 'at-least' }, 'destroyed over 700 structures'],
  ['quake', ['kilauea'], ['earthquake', 'struck', 'quake'], { type: 'scale', name: 'magnitude', amount: 6.9 }, 'A magnitude-6.9 earthquake struck Kilauea'],
  ['quake-time', ['kilauea'], ['earthquake', 'struck', 'quake'], { type: 'time', hour: 12, minute: 32, zone: 'HST', date: { year: 2018, month: 5, day: 4 } }, 'struck Kilauea at 12:32 p.m. HST on May 4, 2018'],
  ['overflight', ['kilauea'], ['overflight', 'began'], { type: 'time', hour: 8, minute: 0, date: { year: 2018, month: 5, day: 17 } }, 'The HVO overflight of Kilauea began at 8:00 a.m. on May 17, 2018'],
  ['lava-volume', ['kilauea'], ['lava', 'erupted'], { type: 'quantity', amount: 1, unit: 'km3', bound: 'about' }, 'About 1 cubic kilometer of lava erupted'],
  ['lidar-area', ['kilauea'], ['lidar', 'survey', 'covered'], { type: 'quantity', amount: 220, unit: 'sq-mi', bound: 'about' }, 'covered approximately 220 square miles'],
  ['ocean-share', ['kilauea'], ['lava', 'ocean', 'flowed'], { type: 'percent', amount: 66.7, inferred: { reason: 'two-thirds' } }, 'Two-thirds of the erupted lava from Kilauea flowed into the ocean'],
  ['road-weight', ['kilauea'], ['vehicles', 'road'], { type: 'quantity', amount: 15000, unit: 'lb', bound: 'at-most' }, 'No vehicles over 15,000 pounds may use the Kilauea summit road'],
  ['safety-zone', ['kilauea'], ['safety', 'zone'], { type: 'quantity', amount: 300, unit: 'm' }, 'a 300-metre safety zone'],
  ['lava-heat', ['kilauea'], ['lava', 'reached', 'temperature'], { type: 'quantity', amount: 2100, unit: 'degF' }, 'The Kilauea lava reached 2,100 degrees Fahrenheit'],
  ['fountains', ['kilauea'], ['fountains', 'lasted'], { type: 'duration', amount: 10, unit: 'day', bound: 'about' }, 'fountains lasted about 10 days'],
  ['federal-aid', ['kilauea'], ['federal', 'aid', 'recovery'], { type: 'money', amount: 400e6, currency: 'USD', bound: 'at-most' }, 'Federal aid for Kilauea recovery could run as high as $400 million'],
  ['shelters', ['kilauea'], ['shelters', 'paid'], { type: 'money', amount: 4.7e6, currency: 'USD', bound: 'at-least' }, 'The state paid more than $4.7 million for the Kilauea shelters'],
  ['evacuated', ['leilani'], ['evacuated', 'people'], { type: 'count', amount: 4700, noun: 'person', bound: 'about' }, 'Nearly 4,700 people were evacuated from Leilani Estates'],
  ['graders', ['kilauea'], ['panel', 'scored', 'contest'], { type: 'count', amount: 12, noun: 'grade' }, 'A panel of twelve graders scored the Kilauea essay contest'],
  ['dart-mass', ['dart'], ['weighed', 'mass', 'impact'], { type: 'quantity', amount: 1260, unit: 'lb' }, 'The DART spacecraft weighed 1,260 pounds at impact'],
  ['dart-speed', ['dart', 'dimorphos'], ['hit', 'speed'], { type: 'quantity', amount: 14000, unit: 'mph', bound: 'about' }, 'DART hit Dimorphos at about 14,000 mph'],
  ['impact-time', ['dart', 'dimorphos'], ['struck', 'impact', 'hit'], { type: 'time', hour: 19, minute: 14, zone: 'EDT', date: { year: 2022, month: 9, day: 26 } }, 'DART struck Dimorphos at 7:14 p.m. EDT on Sept. 26, 2022'],
  ['orbit-before', ['dimorphos'], ['orbit', 'took'], { type: 'duration', amount: 715, unit: 'minute', inferred: { reason: '11 hours and 55 minutes' } }, 'Dimorphos took 11 hours and 55 minutes to orbit Didymos'],
  ['orbit-change', ['dart', 'dimorphos'], ['shortened', 'orbit'], { type: 'duration', amount: 32, unit: 'minute' }, 'The DART impact shortened the orbit of Dimorphos by 32 minutes'],
  ['threshold', ['dart'], ['change', 'needed'], { type: 'duration', amount: 73, unit: 'second', bound: 'at-least' }, 'needed a change of at least 73 seconds'],
  ['dimorphos-size', ['dimorphos'], ['across', 'wide'], { type: 'quantity', amount: 530, unit: 'ft' }, 'Dimorphos is 530 feet across'],
  ['survey-size', ['dart'], ['asteroids', 'larger'], { type: 'quantity', amount: 140, unit: 'm', bound: 'at-least' }, 'asteroids larger than 140 meters'],
  ['survey-share', ['dart'], ['asteroids', 'found'], { type: 'percent', amount: 40, bound: 'about' }, 'Only about 40 percent of those asteroids have been found'],
  ['dart-cost', ['dart'], ['cost', 'mission'], { type: 'money', amount: 324.5e6, currency: 'USD', bound: 'about' }, 'The DART mission cost about $324.5 million'],
  ['museum-euros', ['kilauea'], ['museum', 'raised'], { type: 'money', amount: 5e6, currency: 'EUR' }, 'The Kilauea museum raised 5 million euros'],
  ['ocean-entry-distance', ['kilauea'], ['ocean', 'entry', 'boat', 'ramp'], { type: 'quantity', amount: 0.5, unit: 'mi', bound: 'about' }, 'The Kilauea ocean entry lay about 0.5 miles from the Pohoiki boat ramp'],
  ['museum-tenge', ['kilauea', 'almaty'], ['partner', 'raised'], { type: 'money', amount: 2e9, currency: 'KZT' }, 'The Almaty partner of the Kilauea museum raised 2 billion tenge'],
];

const ENTITIES = [
  { id: 'kilauea', kind: 'region', name: 'Kilauea', aliases: [] },
  { id: 'leilani', kind: 'region', name: 'Leilani Estates', aliases: [] },
  { id: 'almaty', kind: 'city', name: 'Almaty', aliases: [] },
  { id: 'dart', kind: 'event', name: 'DART', aliases: ['Double Asteroid Redirection Test'] },
  { id: 'dimorphos', kind: 'region', name: 'Dimorphos', aliases: [] },
];

export function valuesBaseFiles(): Map<string, string> {
  const facts = FACTS.map(([id, entities, keywords, value, quote]) => ({ id, source: 'report', event: id, entities, keywords, value, quote }));
  return new Map([
    ['sources.json', JSON.stringify({ sources: [{ id: 'report', file: 'report.txt', title: 'Kilauea and DART report' }] })],
    ['entities.json', JSON.stringify({ entities: ENTITIES })],
    ['facts.json', JSON.stringify({ facts })],
    ['sources/report.txt', SOURCE],
  ]);
}

let checker: Checker | undefined;

export function valuesChecker(): Checker {
  if (!checker) {
    const { factBase, problems } = loadFactBase(valuesBaseFiles());
    if (!factBase) throw new Error(JSON.stringify(problems));
    checker = createChecker(factBase);
  }
  return checker;
}

export function findings(draft: string): Finding[] {
  return valuesChecker().check(draft).findings;
}

/** The one sentence with its fixes applied. */
export function fixedSentence(draft: string): string {
  let out = draft;
  for (const f of findings(draft).filter((x) => x.fix).sort((a, b) => b.range.start.character - a.range.start.character)) {
    out = out.slice(0, f.range.start.character) + f.fix!.newText + out.slice(f.range.end.character);
  }
  return out;
}
