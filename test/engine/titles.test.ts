import { strict as assert } from 'node:assert';
import { inMemoryChecker, verdictsOf } from './inMemoryBase';

/** A harbour project's people, each with the one title its report gives them. */
const SOURCE = `Harbour report

Chief engineer Hal Berg led the harbour works.
Ida Moss was the harbour's architect.
Commander Ray Ortiz of the 40th Wing flew over the harbour.
Congresswoman Lea Park backed the harbour bill.
Tom Vance is director of the Harbour Institute.
Amy Fox is the harbour's consulting engineer.
`;

const PEOPLE = ['Hal Berg', 'Ida Moss', 'Ray Ortiz', 'Lea Park', 'Tom Vance', 'Amy Fox'];
const ENTITIES = PEOPLE.map((name) => ({ id: name.toLowerCase().replace(' ', '-'), kind: 'person', name, aliases: [name.split(' ')[1]] }));

const ROLES: [string, string, string][] = [
  ['Hal Berg', 'chief engineer', 'Chief engineer Hal Berg led the harbour works'],
  ['Ida Moss', 'architect', "Ida Moss was the harbour's architect"],
  ['Ray Ortiz', 'Commander', 'Commander Ray Ortiz of the 40th Wing flew over the harbour'],
  ['Lea Park', 'Congresswoman', 'Congresswoman Lea Park backed the harbour bill'],
  ['Tom Vance', 'director', 'Tom Vance is director of the Harbour Institute'],
  ['Amy Fox', 'consulting engineer', "Amy Fox is the harbour's consulting engineer"],
];
const FACTS = ROLES.map(([name, title, quote]) => {
  const person = name.toLowerCase().replace(' ', '-');
  return { id: `${person}-role`, source: 'report', event: `${name} in office`, entities: [person], keywords: ['harbour'], value: { type: 'role', person, title }, quote };
});

const c = inMemoryChecker('Harbour report', SOURCE, ENTITIES, FACTS);
const fixesOf = (draft: string) => c.check(draft).findings.map((f) => [f.claimText, f.fix?.newText]);

describe('titles', () => {
  it('reads a title with its rank, whatever the office: "Vice Commander Ray Ortiz" is a rank below Commander', () => {
    assert.deepEqual(fixesOf('Vice Commander Ray Ortiz watched the harbour flight.'), [['Vice Commander', 'Commander']]);
  });

  it('reads a rank joined by a hyphen: "vice-commander Ray Ortiz"', () => {
    assert.deepEqual(fixesOf('The harbour flight was led by vice-commander Ray Ortiz.'), [['vice-commander', 'commander']]);
  });

  it('reads the title before given names the base leaves out: "Architect Amy J. Fox"', () => {
    assert.deepEqual(fixesOf('Architect Amy J. Fox argued for a simpler harbour wall.'), [['Architect', 'Consulting Engineer']]);
  });

  it('reads a title that a sentence states with "is": "Tom Vance is deputy director of …"', () => {
    assert.deepEqual(fixesOf('Tom Vance is deputy director of the Harbour Institute.'), [['deputy director', 'director']]);
    assert.deepEqual(fixesOf('At the institute, Tom Vance is the deputy director.'), [['deputy director', 'director']]);
  });

  it('gives a title in a list to the name after it: "Tom Vance, the architect of the Harbour Institute Ida Moss, …" says nothing of Vance', () => {
    assert.deepEqual(fixesOf('The harbour board met Hal Berg, Tom Vance, the architect of the Harbour Institute Ida Moss, and Amy Fox.'), []);
    assert.deepEqual(fixesOf('The harbour board met Tom Vance, the architect of the Harbour Institute, and Amy Fox.'), [['architect', 'director']]);
  });

  it('takes a seat in the other chamber for a slip: "Senator Lea Park" for a congresswoman', () => {
    assert.deepEqual(fixesOf('Senator Lea Park backed the harbour bill.'), [['Senator', 'Congresswoman']]);
  });

  it('supports the sourced title in these forms, and leaves an office the sources give nobody alone', () => {
    for (const draft of [
      'Commander Ray Ortiz flew over the harbour.',
      'Chief Engineer Hal B. Berg led the harbour works.',
      'Tom Vance is director of the Harbour Institute.',
      'Supervisor Lea Park backed the harbour bill.',
    ]) assert.deepEqual(fixesOf(draft), [], draft);
  });
});

describe('titles in the forms lists and features give them', () => {
  it('reads a title after a name and a comma that ends the line: "- Tom Vance, architect" in a list of a crew', () => {
    assert.deepEqual(fixesOf('The harbour team:\n\n- Hal Berg, chief engineer\n- Tom Vance, architect\n'), [['architect', 'director']]);
  });

  it('reads a title in a relative clause: "Tom Vance, who was the deputy director of the institute"', () => {
    assert.deepEqual(fixesOf('The harbour plan came from Tom Vance, who was the deputy director of the Harbour Institute.'), [['deputy director', 'director']]);
  });

  it('reads a title after a dash: "**Tom Vance** — deputy director of the Harbour Institute"', () => {
    assert.deepEqual(fixesOf('1. **Tom Vance** — deputy director of the Harbour Institute.'), [['deputy director', 'director']]);
  });

  it('reads a title before an emphasised name: "Architect **Hal Berg**"', () => {
    assert.deepEqual(fixesOf('The harbour works were led by Architect **Hal Berg**.'), [['Architect', 'Chief Engineer']]);
  });

  it('gives a title to the name before it when the next name follows "under": "Tom Vance — architect under Hal Berg"', () => {
    assert.deepEqual(fixesOf('Tom Vance — architect under Hal Berg, who led the harbour works.'), [['architect', 'director']]);
  });
});

describe('a person with several titles', () => {
  const source = 'Board\n\nBoard Chair Eva Lind opened the inquiry.\nInstitute Director Eva Lind signed the report.\nCommerce Secretary Mark Roe spoke.\n';
  const people = [
    { id: 'lind', kind: 'person', name: 'Eva Lind', aliases: ['Lind'] },
    { id: 'roe', kind: 'person', name: 'Mark Roe', aliases: ['Roe'] },
  ];
  const role = (id: string, person: string, title: string, quote: string) => ({ id, source: 'report', event: `${title} ${person}`, entities: [person], keywords: [], value: { type: 'role', person, title }, quote });
  const board = inMemoryChecker('Board', source, people, [
    role('lind-chair', 'lind', 'Chair', 'Board Chair Eva Lind'),
    role('lind-director', 'lind', 'Director', 'Institute Director Eva Lind'),
    role('roe-secretary', 'roe', 'Secretary of the Interior', 'Commerce Secretary Mark Roe'),
  ]);
  const fixes = (draft: string) => board.check(draft).findings.map((f) => [f.claimText, f.fix?.newText]);

  it('is fixed to the one on the ladder of the title written: "Deputy Director Eva Lind" to Director, not Chair', () => {
    assert.deepEqual(fixes('Institute Deputy Director Eva Lind signed the report.'), [['Deputy Director', 'Director']]);
  });

  it('reads a cabinet post named "Secretary of …": "Secretary of Commerce Mark Roe" for the Secretary of the Interior', () => {
    assert.deepEqual(fixes('Secretary of Commerce Mark Roe spoke.'), [['Secretary of Commerce', 'Secretary of the Interior']]);
  });

  it('reads a title set off from the name by a comma after "the": "met the Secretary of State, Mark Roe"', () => {
    assert.deepEqual(fixes('The board met the Secretary of State, Mark Roe, at the harbour.'), [['Secretary of State', 'Secretary of the Interior']]);
  });
});

describe('titles written by their initials', () => {
  const source = 'Board\n\nChief Financial Officer Tom Weller and Chief Operating Officer Mara Ibsen presented the results.\n';
  const people = [
    { id: 'weller', kind: 'person', name: 'Tom Weller', aliases: ['Weller'] },
    { id: 'ibsen', kind: 'person', name: 'Mara Ibsen', aliases: ['Ibsen'] },
  ];
  const role = (id: string, person: string, title: string) => ({ id, source: 'report', event: `${title} of the group`, entities: [person], keywords: [], value: { type: 'role', person, title }, quote: `${title} ${person === 'weller' ? 'Tom Weller' : 'Mara Ibsen'}` });
  const board = inMemoryChecker('Board', source, people, [role('weller-cfo', 'weller', 'Chief Financial Officer'), role('ibsen-coo', 'ibsen', 'Chief Operating Officer')]);
  const verdicts = (draft: string) => verdictsOf(board, draft);

  it('reads "CFO Tom Weller" as the chief financial officer the source names', () => {
    assert.deepEqual(verdicts('CFO Tom Weller presented the results.'), ['supported CFO']);
  });

  it('flags another office by its initials and fixes it by the sourced one’s: "COO Tom Weller" is "CFO Tom Weller"', () => {
    assert.deepEqual(verdicts('COO Tom Weller presented the results.'), ['COO -> CFO']);
  });
});
