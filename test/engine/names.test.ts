import { strict as assert } from 'node:assert';
import { createChecker, loadFactBase } from '../../server/src/engine/index';
import { readFactBase } from '../../server/src/io/readFactBase';
import { alarms, check, FACTS_DIR, fixed } from './bundled';
import { findings as valuesFindings } from './valuesBase';
import { NameMatcher } from '../../server/src/engine/claims/names';
import { strangers } from '../../server/src/engine/claims/strangers';
import { inMemoryChecker, verdictsOf } from './inMemoryBase';

describe('names', () => {
  it('flags a misspelled name and fixes it to the spelling aimed at', () => {
    const draft = 'The session gathered Kyrgyz President Sadyr Japorov and others.';
    const [f] = alarms(draft);
    assert.equal(f.rule, 'name-spelling');
    assert.equal(f.severity, 'warning');
    assert.equal(fixed(draft), 'The session gathered Kyrgyz President Sadyr Japarov and others.');
  });

  it('takes two letters swapped across one for one slip, as neighbours swapped are: "Jarapov" for Japarov', () => {
    assert.equal(fixed('Kyrgyz President Sadyr Jarapov attended.'), 'Kyrgyz President Sadyr Japarov attended.');
    assert.equal(fixed('Kyrgyz President Sadyr Japraov attended.'), 'Kyrgyz President Sadyr Japarov attended.');
  });

  it('takes a word of one root with a name’s word but another ending for another word: "Federative" is no slip of "Federation"', () => {
    assert.deepEqual(alarms('The line was once the boundary of the Russian Soviet Federative Socialist Republic.'), []);
    assert.equal(fixed('The Russian Federatoin signed.'), 'The Russian Federation signed.');
  });

  it('fixes a slip to the spelling the entity goes by when an alias is as near: "Tokyaev" is Tokayev, not the alias Tokaev', () => {
    assert.equal(fixed('Kassym-Jomart Tokyaev was sworn in as president.'), 'Kassym-Jomart Tokayev was sworn in as president.');
  });

  it('takes a last letter written twice for a slip, though the name begins the word: "Japarovv" for Japarov', () => {
    assert.equal(fixed('Kyrgyz President Sadyr Japarovv attended.'), 'Kyrgyz President Sadyr Japarov attended.');
  });

  it('takes the words of a source’s author line as known, never as a spelling to offer', () => {
    const files = new Map(readFactBase(FACTS_DIR));
    const sources = JSON.parse(files.get('sources.json')!);
    sources.sources[1].author = 'Office of the NASA Administration';
    files.set('sources.json', JSON.stringify(sources));
    const checker = createChecker(loadFactBase(files).factBase!);
    const spelling = (draft: string) => checker.check(draft).findings.filter((f) => f.rule === 'name-spelling');
    assert.deepEqual(spelling('The acting NASA Administrator praised the Administration.'), []);
    assert.deepEqual(alarms('As Doğacan Başaran put it in a commentary on the trip.'), []);
  });

  it('accepts the aliases and transliterations the sources use', () => {
    for (const draft of [
      'Kasym-Zhomart Tokayev began his presidency in Nur-Sultan.',
      'Kassym-Jomart Tokayev visited Türkiye, then Turkey welcomed him again.',
      'The Organization of Turkish States and the Collective Security Treaty Organisation met.',
    ]) assert.deepEqual(alarms(draft), [], draft);
  });

  it('takes a name with its letters marked otherwise for no slip: “Pashinyán”, “Lukáshenko”', () => {
    assert.deepEqual(alarms('The session gathered Armenian Prime Minister Nikol Pashinyán and Belarusian President Alexander Lukáshenko.'), []);
  });

  it('takes a misspelled name for its entity still: the date given "Imangali Tasmagambetow" is Tasmagambetov’s', () => {
    const draft = 'In November, at the Collective Security Council in Yerevan, the leaders chose Imangali Tasmagambetow, a veteran Kazakh diplomat, as Secretary General from 2 January 2023 for a three-year term.';
    assert.deepEqual(alarms(draft).map((f) => [f.rule, f.fix?.newText]).sort(), [['date-contradiction', '1 January 2023'], ['name-spelling', 'Tasmagambetov']]);
  });

  it('takes "their countries" for the parties the sentence named, nearer than a body named on the way', () => {
    const draft = 'On 19 August 2022 Tokayev met Vladimir Putin in Sochi, where the two men agreed to hold exercises within the CSTO and drew attention to the 20th anniversary of relations between their countries.';
    assert.deepEqual(alarms(draft).map((f) => f.fix?.newText), ['30th']);
  });

  it('takes a demonym in the plural for the people it names, no slip: “The Germans had one”', () => {
    const c = inMemoryChecker('Rescues', 'Rescues\n\nA German capsule rescued miners in Germany in 1963.\n', [{ id: 'germany', kind: 'country', name: 'Germany', aliases: [], demonyms: ['German'] }], [
      { id: 'capsule-year', source: 'report', event: 'German capsule rescue', entities: ['germany'], keywords: ['capsule'], value: { type: 'date', date: { year: 1963 } }, quote: 'A German capsule rescued miners in Germany in 1963' },
    ]);
    assert.deepEqual(c.check('The Germans had one, and the Germans used it in 1963.').findings.filter((f) => f.severity !== 'info'), []);
  });

  it('takes a word made from a place name for no slip of it: “Kilauean lava”, as “San Franciscan” is of San Francisco', () => {
    assert.deepEqual(valuesFindings('Kilauean lava reached 2,100 degrees Fahrenheit.'), []);
    assert.equal(valuesFindings('Kilaeua lava reached 2,100 degrees Fahrenheit.')[0]?.rule, 'name-spelling');
  });

  it('finds a group named in the plural by its singular before what belongs to it: "112 Conservative MPs"', () => {
    const matcher = new NameMatcher([{ id: 'tories', kind: 'organization', name: 'Conservative Party', aliases: ['Conservatives'] }]);
    const text = 'A total of 112 Conservative MPs were elected.';
    assert.deepEqual(matcher.mentions(matcher.tokens(text, 0, text.length)).map((m) => m.entityId), ['tories']);
  });

  it('reads a title after a name in bold: "**Karlygash Nugmanova**, deputy director of …"', () => {
    const [f] = alarms('- **Karlygash Nugmanova**, deputy director of the East-West International Center for Geopolitical Forecasting, believes Russia will remain the main partner.');
    assert.equal(f?.rule, 'name-contradiction');
    assert.equal(f?.claimText, 'deputy director');
  });

  it('reads a name word to its hyphens and no further: "O\'Neil-Smith\'s" is "O\'Neil", "Smith", "s"; a known hyphenated name stays whole, its possessive apart', () => {
    const matcher = new NameMatcher([{ id: 'astana', kind: 'city', name: 'Nur-Sultan', aliases: [] }]);
    const text = "O'Neil-Smith's visit to Nur-Sultan's centre, the U.S.-Kazakh talks.";
    assert.deepEqual(
      matcher.tokens(text, 0, text.length).map((t) => t.text),
      ["O'Neil", 'Smith', 's', 'visit', 'to', 'Nur-Sultan', 's', 'centre', 'the', 'U.S', 'Kazakh', 'talks'],
    );
  });

  it('takes a plural of an abbreviation ("MPs", "CEOs") for no unknown name', () => {
    const matcher = new NameMatcher([]);
    const text = 'The previous record low was 165 MPs, and Reuters counted the CEOs.';
    assert.deepEqual(strangers(text, 0, matcher.tokens(text, 0, text.length), [], () => false).map((t) => t.text), ['Reuters']);
  });

  it('flags a wrong title for a sourced person', () => {
    const draft = 'The table included Armenian Prime Minister Nikol Pashinyan and Belarusian Prime Minister Alexander Lukashenko.';
    const found = alarms(draft);
    assert.equal(found.length, 1);
    assert.equal(found[0].rule, 'name-contradiction');
    assert.equal(fixed(draft), 'The table included Armenian Prime Minister Nikol Pashinyan and Belarusian President Alexander Lukashenko.');
  });

  it('keeps the writer’s case in a title after the name', () => {
    assert.equal(
      fixed('Sanat Kushkumbayev, director of the Kazakhstan Institute for Strategic Studies, expected continuity.'),
      'Sanat Kushkumbayev, deputy director of the Kazakhstan Institute for Strategic Studies, expected continuity.',
    );
  });

  it('flags the wrong city for a sourced meeting', () => {
    assert.equal(fixed('Tokayev met Vladimir Putin in Kazan on 19 August 2022.'), 'Tokayev met Vladimir Putin in Sochi on 19 August 2022.');
  });

  it('reads places and titles in table columns', () => {
    const draft = [
      '| Date | City | Meeting |',
      '|---|---|---|',
      '| 2022-11-23 | Minsk | CSTO Collective Security Council |',
      '',
      '| Expert | Position |',
      '|---|---|',
      '| Stanislav Pritchin | Deputy head, Center for Central Asia and Caucasus Studies |',
    ].join('\n');
    assert.deepEqual(alarms(draft).map((f) => [f.claimText, f.fix?.newText]), [['Minsk', 'Yerevan'], ['Deputy head', 'Head']]);
  });

  it('places a summit by the body that held it, among several sourced meetings', () => {
    assert.equal(
      fixed('Tokayev, re-elected on Nov 20, attended a CSTO summit in Minsk three days later, where he urged peace talks between Russia and Ukraine.'),
      'Tokayev, re-elected on Nov 20, attended a CSTO summit in Yerevan three days later, where he urged peace talks between Russia and Ukraine.',
    );
  });

  it('does not flag a city inside a sourced country', () => {
    assert.deepEqual(alarms('On November 30, Tokayev was received in Paris by French President Emmanuel Macron.'), []);
  });

  it('leaves people the sources do not name alone', () => {
    assert.deepEqual(alarms('Dana Abenova follows Central Asian politics as an independent analyst.'), []);
  });

  it('reports known names for hovers', () => {
    const { mentions } = check('Tokayev met Putin in Sochi.');
    assert.deepEqual(mentions.map((m) => m.entityId), ['kassym-jomart-tokayev', 'vladimir-putin', 'sochi']);
  });
});

describe('a middle initial', () => {
  const lodge = inMemoryChecker('Lodge', 'Harry R. Truman, the owner of the lodge, refused to leave.\n', [{ id: 'truman', kind: 'person', name: 'Harry R. Truman', aliases: ['Harry Truman', 'Truman'] }], [
    { id: 'owner', source: 'report', event: 'Harry R. Truman, owner of the lodge', entities: ['truman'], keywords: ['owner'], value: { type: 'role', person: 'truman', title: 'owner' }, quote: 'Harry R. Truman, the owner of the lodge' },
  ]);

  it('that none of a person’s names has makes another person: "President Harry S. Truman" is no slip of the lodge owner’s title', () => {
    assert.deepEqual(verdictsOf(lodge, 'Harry R. Truman was no relation to President Harry S. Truman.'), []);
  });

  it('that the person’s name has leaves the name theirs: "Harry R. Truman, the owner of the lodge" is sourced', () => {
    assert.deepEqual(verdictsOf(lodge, 'Harry R. Truman, the owner of the lodge, stayed.'), ['supported owner']);
  });
});
