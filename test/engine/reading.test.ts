import { strict as assert } from 'node:assert';
import { findFigures } from '../../server/src/engine/claims/figures';
import { alarms, check } from './bundled';
import { findings as valuesFindings } from './valuesBase';

/** The figures a reader of English sees in a sentence, as the text of each. */
function figures(sentence: string): string[] {
  return findFigures(sentence, 0, sentence.length, []).map((f) => f.text);
}

describe('reading figures as a reader does', () => {
  it('finds no number inside a word: "tensions", "tennis", "Secondly"', () => {
    assert.deepEqual(figures('The tensions grew over table tennis. Secondly, Tennessee sent tens of observers.'), []);
  });

  it('reads scale suffixes and hyphenated scales', () => {
    const read = (s: string) => findFigures(s, 0, s.length, []).map((f) => f.value);
    assert.deepEqual(read('Trade reached $10B, then $42.3B and 24.3bn, then 10 bln.'), [10e9, 42.3e9, 24.3e9, 10e9]);
    assert.deepEqual(read('a $2.4-billion deal'), [2.4e9]);
  });

  it('takes no clock time, timestamp or slashed pair for a count: a clock time is a time of day', () => {
    const read = findFigures('At 12:00 and again at 3 p.m., [00:14:32] the panel met; see 15/12.', 0, 66, []);
    assert.deepEqual(read.map((f) => [f.text, f.measure, f.value]), [['12:00', 'time', 720], ['3 p.m.', 'time', 900]]);
  });

  it('takes no part number, citation or century for a claim', () => {
    assert.deepEqual(figures('Under Article 3 of the treaty, see vol. 19.2 (74): 38-62, for the 21st Century.'), []);
  });

  it('takes no score of a match for a claim: "Russia won four-nil", "a 2–1 win", "drew one-all"', () => {
    assert.deepEqual(figures('Russia won four-nil, then lost 2–1 and drew one-all.'), []);
    assert.deepEqual(figures('The squad of 23 players met the fans.'), ['23']);
  });

  it('takes no number of a law or a bill for a claim: "P.L. 113-2", "Public Law 113-1", "H.R. 152"', () => {
    assert.deepEqual(figures('The relief act (P.L. 113-2) followed Public Law 113-1 and H.R. 152.'), []);
  });

  it('takes the counting words of idioms for nothing: "one of", "first of all", "a year or two"', () => {
    assert.deepEqual(figures('It is one of the best. First of all, it will last a year or two, on the one hand.'), []);
  });
});

describe('claims that need no citation', () => {
  it('notes no "the two countries" or "his first deputy": they refer, they do not count', () => {
    assert.deepEqual(check('Tokayev said the two countries and his first deputy agree.').findings, []);
  });

  it('raises nothing on a passage a source states word for word', () => {
    const fromSource = 'The emphasis on joint exercises between the two countries should be mentioned, said Tokayev.';
    assert.deepEqual(check(fromSource).findings, []);
  });

  it('still notes a count that no source states', () => {
    const [f] = check('Tokayev signed twelve agreements in Beijing.').findings;
    assert.equal(f?.rule, 'unsourced-claim');
  });
});

describe('dates with a short year', () => {
  it("reads \"Nov '21\" and \"Sept 19 '24\", and a fix keeps the short year", () => {
    const [f] = check("Tokayev won the snap presidential election on Nov 20 '23.").findings;
    assert.equal(f?.rule, 'date-contradiction');
    assert.equal(f?.fix?.newText, "Nov 20 '22");
  });
});

describe('binding a claim to its event', () => {
  it('takes "the two states" for a reference, not for a count of borders', () => {
    assert.deepEqual(check('The two states share the longest land border, and Kazakhstan borders five states.').findings, []);
  });

  it('reads a year next to one treaty as no year of another treaty', () => {
    const draft = 'The Treaty on the Eurasian Economic Union itself was signed in 2014.';
    assert.deepEqual(check(draft).findings.filter((f) => f.severity === 'error'), []);
  });
});

describe('bounds and conversions', () => {
  it('flags "more than" ten times the sourced figure: a slipped digit, not a bound', () => {
    const [f] = check('Kazakhstan and Russia share a land border of more than 76,440 kilometers.').findings.filter((x) => x.severity === 'error');
    assert.equal(f?.rule, 'figure-contradiction');
    assert.equal(f?.fix?.newText, '7,644 kilometers');
  });

  it('keeps a bound a writer would round to: "more than 7,000 kilometers" for 7,644 km', () => {
    assert.deepEqual(check('Kazakhstan and Russia share a land border of more than 7,000 kilometers.').findings, []);
  });

  it('fixes "Sept." as "Sept."', () => {
    const [f] = check('Tokayev visited Sochi on Sept. 19, 2022.').findings;
    assert.equal(f?.fix?.newText, 'Aug. 19, 2022');
  });
});

describe('names the fact base does not know', () => {
  it('are the fact\'s own when its quote uses them: "0.5 miles from the Pohoiki boat ramp"', () => {
    assert.equal(valuesFindings('The Kilauea ocean entry lay about 5 miles from the Pohoiki boat ramp.')[0]?.fix?.newText, '0.5 miles');
  });

  it('do not make a claim another event when the sentence names the fact\'s own people and places', () => {
    const [f] = check('Tokayev met Putin in Sochi on August 21, 2022, Interfax reported.').findings;
    assert.equal(f?.rule, 'date-contradiction');
    assert.equal(f?.fix?.newText, 'August 19, 2022');
  });

  it('still make it another event when the sentence names only one of them', () => {
    assert.deepEqual(check('Tokayev visited Beijing on August 21, 2022.').findings.filter((x) => x.severity === 'error'), []);
  });

  it('make it another event when they name where it took place', () => {
    assert.deepEqual(check('Tokayev and Erdogan had last met in Baku in 2017.').findings.filter((x) => x.severity === 'error'), []);
  });

  it('leave the event its own when it is sourced only to a country the sentence names: "received in Paris by the French president"', () => {
    const [f] = alarms('Tokayev met Putin in Moscow on November 28. Later that week, on November 29, he was received in Paris by French President Emmanuel Macron.');
    assert.equal(f?.fix?.newText, 'November 30');
  });
});


describe('datelines and parts of a whole', () => {
  it('takes a dateline for the day the report was filed, not for an event', () => {
    assert.deepEqual(check('**ASTANA, Aug 21 (Agency) —** Tokayev visited Sochi and met Putin.').findings.filter((f) => f.severity === 'error'), []);
  });

  it('takes "14 other agreements" for a part, not for the total', () => {
    assert.deepEqual(check('Tokayev and Erdoğan signed a declaration in Ankara and 14 other agreements.').findings.filter((f) => f.severity === 'error'), []);
  });
});

describe('a claim in quoted speech', () => {
  it('is flagged, but no fix rewrites what the speaker said', () => {
    const [f] = check('Tokayev said: “We signed fourteen agreements during the visit to Türkiye.”').findings.filter((x) => x.severity === 'error');
    assert.equal(f?.rule, 'figure-contradiction');
    assert.equal(f?.fix, undefined);
    assert.match(f?.message ?? '', /inside a quotation/);
  });

  it('ends at its closing mark though the sentence begins inside it: \'"… approach. Only win-win," Sanat Kushkumbayev, director of …\' is the writer\'s', () => {
    const draft = '"Our strategy is not supporting an either-or approach. Only win-win," Sanat Kushkumbayev, director of the Kazakhstan Institute for Strategic Studies, said.';
    assert.deepEqual(alarms(draft).map((f) => f.fix?.newText), ['deputy director']);
  });
});

describe('the time of an event', () => {
  it('takes a month two away from the sourced one for another step of the story', () => {
    assert.deepEqual(check('In late September Tokayev announced a snap presidential election.').findings.filter((f) => f.severity === 'error'), []);
  });

  it('still flags the month next to it', () => {
    const [f] = check('Tokayev won the snap presidential election in October 2022.').findings.filter((x) => x.severity === 'error');
    assert.equal(f?.fix?.newText, 'November 2022');
  });

  it('takes a count dated to another month than its event for another meeting', () => {
    assert.deepEqual(check('Kazakhstan and Turkey signed six agreements in Astana in October 2022.').findings.filter((f) => f.severity === 'error'), []);
  });

  it('still flags the count of the event it dates', () => {
    const [f] = check('Kazakhstan and Turkey signed six agreements during Tokayev’s visit in May 2022.').findings.filter((x) => x.severity === 'error');
    assert.equal(f?.fix?.newText, 'fifteen');
  });
});

describe('days named by their place in the week of the report', () => {
  const report = (body: string) => `*By A. Writer · Tuesday, 29 November 2022*\n\n${body}`;

  it('reads "on Monday" against the byline\'s date, and supports it', () => {
    const r = check(report('Tokayev held talks with Putin in Moscow on Monday, his first trip abroad of the new term.'));
    assert.deepEqual(r.findings.filter((f) => f.severity === 'error'), []);
    assert.ok(r.supported.some((s) => s.claimText === 'Monday'));
  });

  it('flags "last Thursday" for a session held last Wednesday, and fixes it in the writer\'s words', () => {
    const [f] = alarms(report('Before Moscow, Tokayev attended the CSTO session in Yerevan last Thursday.'));
    assert.equal(f?.rule, 'date-contradiction');
    assert.equal(f?.fix?.newText, 'last Wednesday');
  });

  it('takes "Black Friday" and "the Sunday Times" for names', () => {
    assert.deepEqual(alarms(report('Tokayev told the Sunday Times about Black Friday sales in Moscow.')), []);
  });
});

describe('figures paired with parties by order', () => {
  it('are pinned to no one party: "… 12 and 14 agreements respectively", while a figure outside that clause still is', () => {
    const found = alarms('Tokayev signed 14 agreements in Ankara and 12 in Beijing, and China and Türkiye signed 12 and 14 agreements respectively.');
    assert.deepEqual(found.filter((f) => f.severity === 'error').map((f) => f.range.start.character), [15]);
  });
});

describe('what makes a contradiction', () => {
  it('is never names alone: the clause must say what happened', () => {
    assert.deepEqual(alarms('- 2023 — EU–Kazakhstan Operational Partnership Roadmap (2023–2024) begins.'), []);
  });

  it('is never a sentence about another time: "four years ago", "twelve years earlier"', () => {
    assert.deepEqual(alarms('Four years ago Tokayev visited Sochi on August 21, 2022, and met Putin.'), []);
  });

  it('is never a year named alone that the sentence states again', () => {
    assert.deepEqual(alarms('In 2017, Tokayev met Putin in Sochi, on August 19, 2017.'), []);
  });
});

describe('the counted noun', () => {
  it('points at a count, but does not say what happened: "the CSTO consists of six states"', () => {
    assert.deepEqual(alarms('The CSTO consists of six states: Russia, Belarus, Kazakhstan, Kyrgyzstan, Armenia and Tajikistan.'), []);
  });

  it('an ordinal of something else is another ordinal: "the 20th anniversary of the border treaty"', () => {
    assert.deepEqual(alarms('Tokayev sent Putin a telegram on the 20th anniversary of the signing of the State Border Treaty.'), []);
  });
});

describe('timelines', () => {
  it('joins a date label to its event across the dash: "21 Mar 2019 — Tokayev is sworn in"', () => {
    const [f] = alarms('- 21 Mar 2019 — Kassym-Jomart Tokayev is sworn in.');
    assert.equal(f?.fix?.newText, '20 Mar 2019');
  });

  it('takes an unknown city where the event was held for another event: "November 2023 – CSTO summit held in Minsk"', () => {
    assert.deepEqual(alarms('- **November 2023** – CSTO summit held in Minsk under the Belarusian chairmanship.'), []);
  });
});

describe('spans and bounds', () => {
  it('takes "a seven-year term" for no span of relations', () => {
    assert.deepEqual(alarms('Tokayev was inaugurated for a seven-year term, and relations with Russia have lasted thirty years.').filter((f) => f.claimText === 'seven-year'), []);
  });

  it('flags a bound on the wrong side of the sourced figure: "more than 7,800 km" for 7,644 km', () => {
    const r = check('Kazakhstan and Russia share a land border of more than 7,800 kilometers.');
    assert.ok(!r.supported.some((s) => s.claimText.includes('7,800')), 'not supported');
  });
});

describe('other parties only', () => {
  it('a figure of Kazakhstan and China is no figure of Kazakhstan and Türkiye', () => {
    const draft = 'In the first half of 2022 trade between Kazakhstan and China was $11.26 billion, the main share of it Kazakhstan’s exports at $6.63 billion.';
    assert.deepEqual(alarms(draft), []);
  });
});

describe('neighbouring claims', () => {
  it('a year that the visit supports leaves its day open to a slip: "Fast forward to 2022: … on Aug. 18, 2022"', () => {
    const [f] = alarms('Fast forward to 2022: Tokayev met Putin in Sochi on Aug. 18, 2022.');
    assert.equal(f?.fix?.newText, 'Aug. 19, 2022');
  });

  it('a count may use a noun the base lists for it: "borders six countries" for five states', () => {
    const [f] = alarms('Kazakhstan borders six countries: China, Kyrgyzstan, Russia, Turkmenistan and Uzbekistan.');
    assert.equal(f?.fix?.newText, 'five');
  });
});

describe('a year the writer did not write', () => {
  it('ranks facts but never makes a slip implausible: "On 1 December" after a paragraph about 2023', () => {
    const draft = 'Tasmagambetov will serve as CSTO Secretary General from 1 January 2023.\n\nOn 1 December Tokayev met French President Emmanuel Macron.';
    const [f] = alarms(draft);
    assert.equal(f?.fix?.newText, '30 November');
  });
});

describe('ages', () => {
  it('are given to a person of the claim\'s clause only: "the 68-year-old president Tokayev made Russia his first stop"', () => {
    const [f] = alarms('After winning the snap election in November, the 68-year-old president Tokayev made Russia his first stop abroad.');
    assert.equal(f?.claimText, '68-year-old');
  });


  it('"the 68-year-old" says by itself that it is an age', () => {
    const [f] = alarms('Tokayev met Putin in Moscow, and the 68-year-old said his choice of Moscow was symbolic.');
    assert.equal(f?.fix?.newText, '69-year-old');
  });
});

describe('the year a claim is stated in', () => {
  it('is not a year in a later clause: "…, established in 1992" leaves the anniversary of 2022 open to a slip', () => {
    const [f] = alarms('In Sochi, Tokayev and Putin noted the 31st anniversary of relations between Kazakhstan and Russia, established in 1992.');
    assert.equal(f?.fix?.newText, '30th');
  });

  it('is a year that opens the sentence: "In 1992, …" is another time than the anniversary of 2022', () => {
    assert.deepEqual(alarms('In 1992, Tokayev and Putin noted the 31st anniversary of relations between Kazakhstan and Russia.'), []);
  });
});

describe('titles', () => {
  it('flags an office the sources give someone else: "Prime Minister Tokayev"', () => {
    const [f] = alarms('In Sochi, Prime Minister Kassym-Jomart Tokayev met Putin.');
    assert.equal(f?.fix?.newText, 'President');
  });

  it('takes a title held at another time for no slip: "former Prime Minister Tokayev"', () => {
    assert.deepEqual(alarms('In Sochi, former Prime Minister Kassym-Jomart Tokayev met Putin.'), []);
  });

  it('takes an office the sources give nobody for a post they leave out: "Governor Tokayev" is no slip of "President"', () => {
    assert.deepEqual(alarms('In Sochi, Governor Kassym-Jomart Tokayev met Putin.'), []);
  });
});

describe('phrases that open a sentence', () => {
  it('belong to its main clause: "Two days later, on November 29, he was in France" dates the visit to France', () => {
    const [f] = alarms('Tokayev met Putin in Moscow on 28 November. Two days later, on November 29, he was in France for talks with Emmanuel Macron.');
    assert.equal(f?.fix?.newText, 'November 30');
  });
});

describe('the place of an event', () => {
  it('is no other party for the event\'s other facts: "His first trip abroad was to Moscow, only three weeks after he took office"', () => {
    const [f] = alarms('Tokayev won the snap election.\n\nHis first trip abroad was to Moscow, only three weeks after he took office.\n');
    assert.equal(f?.fix?.newText, 'two weeks');
  });
});

describe('the country a base is about', () => {
  it('named as a demonym ("the Kazakh leader") is no other party than the fact\'s', () => {
    const [f] = alarms('The visit to Moscow was the Kazakh leader’s second foreign trip since being inaugurated for a second term.');
    assert.equal(f?.fix?.newText, 'first');
  });
});

describe('transcripts', () => {
  it('take the speaker label a line opens with for who speaks, not for another party: "**[00:08:33] SA:** They set a target of $10 million"', () => {
    const [f] = alarms('**[00:08:20] HOST:** What came of the visit to Ankara by Tokayev?\n\n**[00:08:33] SA:** They set a target of $10 million in bilateral trade between Kazakhstan and Türkiye.\n');
    assert.equal(f?.fix?.newText, '$10 billion');
  });
});

describe('a subject the sentence refers back to', () => {
  it('stays a reference after fronted phrases: "Later that week, on November 29, he …" is the person named before', () => {
    const [f] = alarms('Tokayev met Putin in Moscow on November 28. Later that week, on November 29, he met French President Emmanuel Macron.');
    assert.equal(f?.fix?.newText, 'November 30');
  });
});

describe('a time shift counted from the report', () => {
  const draft = (reported: string) => `---\ndate: ${reported}\n---\n\nLast year, in Sochi, Tokayev and Putin noted the 31st anniversary of relations between Kazakhstan and Russia.\n`;

  it('names the year before the report\'s: "last year" in a report of 2023 is the 2022 of the anniversary', () => {
    assert.deepEqual(alarms(draft('2023-03-01')).map((f) => f.fix?.newText), ['30th']);
  });

  it('names another year than the fact\'s in a report of another year', () => {
    assert.deepEqual(alarms(draft('2025-03-01')), []);
  });

  it('gives a source\'s words of when ("last week") no weight as words of what happened', () => {
    assert.equal(alarms(draft('2023-03-01')).some((f) => f.claimText === 'Sochi'), false);
  });
});

describe('a time shift in a later clause', () => {
  it('leaves the claim before it in the story\'s time', () => {
    const [f] = alarms('Kazakhstan and Russia share a border of 7,464 kilometers, a little longer than the line surveyed four years ago.');
    assert.equal(f?.fix?.newText, '7,644 kilometers');
  });

  it('but one before the claim moves it: "Last year, trade reached …"', () => {
    assert.deepEqual(alarms('Last year, the volume of trade between Turkey and Kazakhstan reached $5 billion.'), []);
  });
});

describe('names carried into another alphabet', () => {
  it('takes Turkish "Kasım" for "Kasym", no misspelling', () => {
    assert.deepEqual(alarms('Kasım-Jomart Tokayev met Putin in Sochi.'), []);
  });
});
