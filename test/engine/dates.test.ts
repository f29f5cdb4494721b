import { strict as assert } from 'node:assert';
import { alarms, check, fixed } from './bundled';
import { inMemoryChecker } from './inMemoryBase';

describe('dates', () => {
  it('flags a wrong day and fixes it in the writer’s format', () => {
    const draft = 'Tokayev visited Sochi on August 21, 2022, and met Putin.';
    const [f] = alarms(draft);
    assert.equal(f.rule, 'date-contradiction');
    assert.equal(f.claimText, 'August 21, 2022');
    assert.match(f.message, /19 August 2022/);
    assert.equal(fixed(draft), 'Tokayev visited Sochi on August 19, 2022, and met Putin.');
  });

  it('takes a span of days for no date of either end: "On November 29-30, 2022, … an official visit to France"', () => {
    for (const draft of [
      'On November 29-30, 2022, Kazakh President Tokayev made an official visit to France at the invitation of Emmanuel Macron.',
      'On 29–30 November 2022 Tokayev was in France for talks with Emmanuel Macron.',
    ]) assert.deepEqual(alarms(draft), [], draft);
  });

  it('sets an event elsewhere only by a place near the claim or in its clause: "the republics in Donbas, and then, on 19 July 2022, flew to Sochi"', () => {
    const draft = 'Months later Tokayev refused to back the breakaway republics in Donbas, and then, on 19 July 2022, he flew to Sochi to meet Vladimir Putin.';
    assert.equal(fixed(draft), draft.replace('19 July 2022', '19 August 2022'));
  });

  it('takes "between 2019 and 2022" for a span of years, no date of one visit', () => {
    assert.deepEqual(alarms('Tokayev visited France several times between 2019 and 2022, talking trade with Macron.'), []);
  });

  it('flags a year with two digits swapped, however far apart: "launched in 1949" for 1994', () => {
    const [f] = alarms('The Central Asian Union was launched in 1949.');
    assert.equal(f?.fix?.newText, '1994');
  });

  it('keeps a day-first date day-first', () => {
    assert.equal(fixed('On 21 August 2022 Tokayev traveled to Sochi.'), 'On 19 August 2022 Tokayev traveled to Sochi.');
  });

  it('keeps ISO dates in ISO', () => {
    assert.equal(fixed('Tokayev took the oath on 2019-03-21.'), 'Tokayev took the oath on 2019-03-20.');
  });

  it('keeps abbreviated months abbreviated and takes the year from context', () => {
    assert.equal(
      fixed('At the CSTO summit in Yerevan on Nov 25 he called for peace talks.'),
      'At the CSTO summit in Yerevan on Nov 23 he called for peace talks.',
    );
  });

  it('takes a missing year from the section to choose between events', () => {
    const sentence = 'Tokayev met Putin in Moscow on November 26.';
    assert.equal(fixed(`## The 2022 tour\n\n${sentence}`), `## The 2022 tour\n\nTokayev met Putin in Moscow on November 28.`);
    assert.deepEqual(alarms(`## The 2019 transition\n\n${sentence}`), []);
  });

  it('supports a less precise but consistent date', () => {
    const result = check('Kazakhstan joined the Regional Cooperation-2022 exercise in August 2022.');
    assert.deepEqual(alarms('Kazakhstan joined the Regional Cooperation-2022 exercise in August 2022.'), []);
    assert.ok(result.supported.some((s) => s.claimText === 'August 2022'));
  });

  it('reads a month of a year and keeps the writer\'s "of": "March of 2022" is "February of 2022"', () => {
    assert.equal(fixed('The Russian-Ukraine war began in March of 2022.'), 'The Russian-Ukraine war began in February of 2022.');
  });

  it('reads a season and a year', () => {
    assert.deepEqual(alarms('The United States withdrew from Afghanistan in the summer of 2021.'), []);
  });

  it('tells two events in one sentence apart', () => {
    const draft = 'Nursultan Nazarbayev resigned on March 19, 2019, and Tokayev was sworn in on March 21, 2019.';
    const found = alarms(draft);
    assert.equal(found.length, 1);
    assert.equal(found[0].claimText, 'March 21, 2019');
    assert.equal(found[0].fix?.newText, 'March 20, 2019');
  });

  it('gives no verdict rather than the wrong event when two fit', () => {
    assert.deepEqual(alarms('Tokayev was sworn in as president on 21 March 2019 after Nazarbayev resigned.'), []);
  });

  it('leaves dates of events no source covers alone, even beside known names', () => {
    assert.deepEqual(alarms('Tokayev visited Beijing in 2015.'), []);
  });

  it('reads a date two parts away as another event of the kind', () => {
    assert.deepEqual(alarms('In June 2019 Tokayev won his first election with 71% of the vote.'), []);
  });

  it('flags a wrong year', () => {
    assert.equal(fixed('The Strategic Partnership Agreement was signed in 2011.'), 'The Strategic Partnership Agreement was signed in 2009.');
  });

  it('reads the year that labels a timeline entry', () => {
    assert.equal(fixed('- **1993:** the Central Asian Union is launched.'), '- **1994:** the Central Asian Union is launched.');
  });

  it('reads a day named by its ordinal with the month the sentence named', () => {
    assert.equal(
      fixed('- **March 2019** — Nursultan Nazarbayev resigns on the 19th; Tokayev is sworn in on the 21st.'),
      '- **March 2019** — Nursultan Nazarbayev resigns on the 19th; Tokayev is sworn in on the 20th.',
    );
  });

  it('reads day-first dates with slashes and keeps them so', () => {
    assert.equal(fixed('Sochi talks with Putin: 18/08/2022.'), 'Sochi talks with Putin: 19/08/2022.');
  });

  it('takes a one-key slip of a year for what it is', () => {
    assert.equal(fixed('The Strategic Partnership Agreement with Türkiye was signed in 2019.'), 'The Strategic Partnership Agreement with Türkiye was signed in 2009.');
  });

  it('compares a range with a range', () => {
    assert.deepEqual(alarms('The EU endorsed an Operational Partnership Roadmap for 2023-2024.'), []);
  });

  it('does not read years in names as dates', () => {
    assert.deepEqual(alarms('Tokayev outlined "Central Asia 2040" and Kazakhstan joined Regional Cooperation-2022.'), []);
  });

  it('stays silent on a date of an event no source covers', () => {
    assert.deepEqual(alarms('Kazakhstan hosted the Winter Asian Games in 2011.'), []);
  });

  it('takes the date of a header line for the report’s own, no claim: "**Air date:** Wednesday 3 April 2019 · **Slot:** 07:30"', () => {
    const draft = ['# Radio Steppe · The Eurasia Hour', '', '**Segment 3: "Continuity in Nur-Sultan"**', '**Air date:** Wednesday 3 April 2019 · **Slot:** 07:30–07:35', '**Presenter:** HOST'].join('\n');
    assert.deepEqual(check(draft).findings.map((f) => f.claimText), []);
  });

  it('reads a weekday before a date as that date’s, not as a day counted from the report: "on Sunday, 20 November 2022"', () => {
    const draft = '---\ndate: 2022-12-01\n---\n\nKazakhstan held its snap presidential election on Sunday, 20 November 2022, and Tokayev won.';
    assert.deepEqual(check(draft).findings.map((f) => f.claimText), []);
  });

  it('leaves a party named in a later clause, known or not, to that clause: "re-elected … on the twenty-second of November, flew first to Yerevan, where the CSTO leaders met"', () => {
    assert.equal(
      fixed('Mr Tokayev, re-elected in a snap presidential vote on the twenty-second of November, flew first to Yerevan, where the CSTO leaders met.'),
      'Mr Tokayev, re-elected in a snap presidential vote on the twentieth of November, flew first to Yerevan, where the CSTO leaders met.',
    );
    assert.equal(fixed('Tokayev won the snap presidential election on 22 November; Ilham Aliyev congratulated him.'), 'Tokayev won the snap presidential election on 20 November; Ilham Aliyev congratulated him.');
  });

  it('contradicts neither of two dates that would both be fixed to one sourced date: "the Central Asian Union of 1994 became the Central Asian Economic Union in 1999"', () => {
    assert.deepEqual(alarms('The Central Asian Union of 1994 became the Central Asian Economic Union in 1999, when Kyrgyzstan joined.'), []);
  });

  it('leaves the words of a clause joined after the claim by "and" to that clause: "Armenia froze its participation in 2024, and the war in Ukraine cast a shadow"', () => {
    assert.deepEqual(alarms("Armenia, angered by what it saw as the bloc's failure to support it against Azerbaijan, froze its participation in 2024, and the war in Ukraine cast a shadow over every meeting."), []);
  });

  it('takes places in any case, a comma, a date and a dash for a dateline, the day of the release: "Astana / Paris, 30 November 2022 – Tokayev and Macron met"', () => {
    const r = check('Astana / Paris, 30 November 2022 – Tokayev and Emmanuel Macron met in Paris and discussed investment.');
    assert.deepEqual([...r.findings, ...r.supported].map((c) => c.claimText).filter((t) => /2022/.test(t)), []);
  });

  it('takes a place, a comma, a date and the agency in brackets for a dateline: "Yerevan, 24 November 2022 (TDI): Tokayev attended the CSTO session"', () => {
    const r = check('Yerevan, 24 November 2022 (TDI): President of Kazakhstan Kassym-Jomart Tokayev attended the session of the CSTO Collective Security Council.');
    assert.deepEqual([...r.findings, ...r.supported].map((c) => c.claimText).filter((t) => /2022/.test(t)), []);
  });

  it('still reads a timeline entry without an agency as an event\'s date: "Yerevan, 24 November 2022: the CSTO session"', () => {
    assert.deepEqual(alarms('Yerevan, 24 November 2022: Tokayev attended the session of the CSTO Collective Security Council in Yerevan.').map((f) => f.claimText), ['24 November 2022']);
  });

  it('reads a year in brackets after a name as the date of what it names: "Declaration on Eternal Friendship and Alliance (1996)"', () => {
    assert.equal(fixed('Key documents: Declaration on Eternal Friendship and Alliance (1996).'), 'Key documents: Declaration on Eternal Friendship and Alliance (1998).');
    assert.deepEqual(alarms('As Cooley and Laruelle (2019) argue, Tokayev kept the course.'), []);
  });

  it('and after a name that counts in it: "Treaty on Good-Neighbourliness and Alliance in the 21st Century (2003)"', () => {
    assert.equal(fixed('Key documents: Treaty on Good-Neighbourliness and Alliance in the 21st Century (2003).'), 'Key documents: Treaty on Good-Neighbourliness and Alliance in the 21st Century (2013).');
  });

  it('reads days and years said in words, and fixes them in words: "the eighteenth of March", "March twenty-first", "nineteen ninety-six"', () => {
    assert.equal(fixed('Nazarbayev stepped down on the eighteenth of March 2019.'), 'Nazarbayev stepped down on the nineteenth of March 2019.');
    assert.equal(fixed('Tokayev was sworn in on March twenty-first, 2019.'), 'Tokayev was sworn in on March twentieth, 2019.');
    assert.equal(fixed('Kazakhstan and Russia signed the Declaration on Eternal Friendship and Alliance in nineteen ninety-six.'), 'Kazakhstan and Russia signed the Declaration on Eternal Friendship and Alliance in nineteen ninety-eight.');
  });

  it('supports a day said in words that the source gives: "on the nineteenth of March"', () => {
    assert.deepEqual(alarms('Nazarbayev resigned on the nineteenth of March 2019.'), []);
  });

  it('reads a month in capitals, as cables write it, and keeps the capitals in the fix: "18 MAR 2019"', () => {
    assert.equal(fixed('Nursultan Nazarbayev resigned on 18 MAR 2019.'), 'Nursultan Nazarbayev resigned on 19 MAR 2019.');
  });
});

describe('a year after "born" or "died"', () => {
  const c = inMemoryChecker('Sculptor', 'Sculptor\n\nGutzon Borglum was born on March 25, 1867.\n', [{ id: 'borglum', kind: 'person', name: 'Gutzon Borglum', aliases: ['Borglum'] }], [
    { id: 'birth', source: 'report', event: 'Gutzon Borglum is born', entities: ['borglum'], keywords: ['born', 'birth'], value: { type: 'date', date: { year: 1867, month: 3, day: 25 } }, quote: 'Gutzon Borglum was born on March 25, 1867' },
  ]);

  it('is a date, in brackets as well: "Gutzon Borglum (born 1876)" is a slip of 1867', () => {
    assert.deepEqual(c.check('- **Gutzon Borglum** (born 1876), the sculptor.').findings.map((f) => [f.claimText, f.fix?.newText]), [['1876', '1867']]);
  });
});
