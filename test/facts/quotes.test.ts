import { strict as assert } from 'node:assert';
import { loadFactBase } from '../../server/src/engine/index';
import { nearestPassage } from '../../server/src/engine/factbase/nearestPassage';
import { readFactBase } from '../../server/src/io/readFactBase';
import { FACTS_DIR } from '../engine/bundled';

const SOURCE = 'Officials met on Monday.\nThe meeting held in Sochi had two main features: security and trade.\nIt ended late.';

/** The differences of a misquote from the passage it was copied from, and that passage. */
function misquote(quote: string): { passage: string; differences: string[] } {
  const near = nearestPassage(quote, SOURCE);
  assert.ok(near, `no passage found for ${quote}`);
  return { passage: SOURCE.slice(near.start, near.end), differences: near.differences };
}

describe('a quote that is not verbatim in its source', () => {
  it('finds the passage it was copied from, and tells curly from straight quotes', () => {
    const source = 'Kazakhstan participated in the “Regional Cooperation-2022” military exercise in August 2022.';
    const near = nearestPassage('participated in the "Regional Cooperation-2022" military exercise', source)!;
    assert.equal(source.slice(near.start, near.end), 'participated in the “Regional Cooperation-2022” military exercise');
    assert.deepEqual(near.differences, [
      'curly against straight quotes: the quote has ""Regional" where the source has "“Regional"',
      'curly against straight quotes: the quote has "Cooperation-2022"" where the source has "Cooperation-2022”"',
    ]);
  });

  it('tells a double space', () => {
    assert.deepEqual(misquote('held in Sochi had two  main features').differences, [
      'spacing: the quote has a double space after "two" where the source has one space',
    ]);
  });

  it('tells digits from words', () => {
    assert.deepEqual(misquote('The meeting held in Sochi had 2 main features').differences, [
      'digits against words: the quote has "2" where the source has "two"',
    ]);
  });

  it('tells a changed word, a word too many and a word left out', () => {
    assert.deepEqual(misquote('The meeting held in Sochi has two main features').differences, [
      'a changed word: the quote has "has" where the source has "had"',
    ]);
    assert.deepEqual(misquote('The meeting held in Sochi had two very main features').differences, ['"very" is not in the source here']);
    assert.deepEqual(misquote('The meeting held in Sochi two main features').differences, ['the source has "had" here, which the quote leaves out']);
  });

  it('spans a line break in the source, and names it', () => {
    const { passage, differences } = misquote('Officials met on Monday. The meeting held in Sochi');
    assert.equal(passage, 'Officials met on Monday.\nThe meeting held in Sochi');
    assert.deepEqual(differences, ['spacing: the quote has one space after "Monday." where the source has a line break']);
  });

  it('finds nothing when no passage comes close', () => {
    assert.equal(nearestPassage('A sentence no source contains at all.', SOURCE), undefined);
  });

  it('is reported at the quote with the nearest passage and its place in the source file', () => {
    const files = new Map(readFactBase(FACTS_DIR));
    const facts = JSON.parse(files.get('facts.json')!);
    facts.facts[3].quote = 'the meeting held in Sochi had 2 main features';
    files.set('facts.json', JSON.stringify(facts, null, 2));
    const { problems } = loadFactBase(files);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].file, 'facts.json');
    assert.match(
      problems[0].message,
      /^the quote does not occur verbatim in source "basaran-sochi-visit": the nearest passage, at sources\/000_744f50d4dd1e5be3\.txt:\d+:\d+, reads "the meeting held in Sochi had two main features"; digits against words: the quote has "2" where the source has "two"/,
    );
  });
});
