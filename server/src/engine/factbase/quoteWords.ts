import { CALENDAR_WORDS } from '../claims/calendar';
import { CARDINAL_WORD, ORDINAL_WORD } from '../claims/numberWords';
import { isEnglishWord } from '../text/englishWords';
import { stem } from '../text/stem';
import { memoizedPerWord } from '../text/memoizedPerWord';
import { unitTokens } from '../units/units';

const UNIT_WORDS = new Set(unitTokens().map((t) => t.toLowerCase()));

/**
 * Function words, which say nothing about which event a sentence speaks of. The
 * list is of English grammar, not of any topic: the content words of a quote are
 * what a draft speaking of the same event is likely to share with it.
 */
const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet of to in on at by for with from into onto upon about as than then that this these those
  which who whom whose what when where while whereas why how it its it's he him his she her hers they them their theirs
  we us our ours you your i me my mine is are was were be been being am has have had having do does did done will would
  shall should can could may might must not no also very more most much many such own same other another each every
  all any both either neither some there here over under after before during since until till between among against
  within without through across per via mr mrs ms dr said says say according just only even still already yet
  one ones s`.split(/\s+/),
);

/** Words of when ("last week", "two years ago"): a sentence's time, never what the event was. */
const TIME_WORDS = new Set(
  `last next previous past ago earlier later recent recently current currently today yesterday tomorrow now week weeks
  month months year years day days decade decades century centuries time times once twice former latter`.split(/\s+/),
);

/** Number words are the value or a count beside it, never what the event was. */
const NUMBER_WORD = new RegExp(`^(?:${CARDINAL_WORD}|${ORDINAL_WORD}|hundreds?|thousands?|millions?|billions?|trillions?|dozens?)$`, 'i');

/**
 * The event words of a fact from its own quote: its content words, lowercase ones
 * only (a capitalised word is a name or a title, matched as an entity or a role), as
 * stems. With them a base needs no hand-written keywords for a draft that says what
 * the source said; hand-written ones add the paraphrases.
 */
/**
 * A word a number counts ("Four passengers and one flight attendant were injured") is
 * what another figure measures, not what happened. A unit is kept: it says what kind of
 * figure the fact is, and a list of lengths shares it ("7,644 kilometers", "2,330 kilometers").
 */
const COUNTING_WORD = new RegExp(`^(?:${CARDINAL_WORD}|thousand|million|billion)$`, 'i');
/** "the May 18, 1980 eruption", "the Apollo 13 mission": a year or a name's number counts nothing. */
const NOT_COUNTING = /(?:\b(?:1[5-9]|20)\d\d|\p{Lu}[\p{L}.-]*\s+\d+)\s+$/u;
/** How far back a number before a word may start: "twenty-seven " and a few spaces. */
const COUNTED_REACH = 24;
/** Whether the text before a word ends in a number and spaces: the word is what it counts. */
function counted(before: string): boolean {
  const last = lastWordBeforeSpaces(before);
  if (last === undefined || !(/\d$/.test(last) || COUNTING_WORD.test(last))) return false;
  return !NOT_COUNTING.test(before);
}

/**
 * The run of word characters before the spaces that end a text, as a word boundary cuts
 * it ("twenty-seven " ends in "seven"), read back from the end: a pattern anchored at
 * the end would be tried from every offset, for every word of every quote.
 */
function lastWordBeforeSpaces(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && /\w/.test(text[start - 1])) start--;
  return end === text.length || start === end ? undefined : text.slice(start, end);
}

/** What a lowercase word of a quote lends a fact: its stems, or none for a word of grammar, time or number. */
const contentStems = memoizedPerWord((lower: string): string[] => {
  if (FUNCTION_WORDS.has(lower) || TIME_WORDS.has(lower) || CALENDAR_WORDS.has(lower) || NUMBER_WORD.test(lower)) return [];
  return lower.split('-').flatMap((part) => (part.length >= 3 && !FUNCTION_WORDS.has(part) ? [stem(part)] : []));
});

export function quoteWords(quote: string): string[] {
  const out = new Set<string>();
  for (const m of quote.matchAll(/\p{L}[\p{L}’'-]*/gu)) {
    const word = m[0];
    if (word.length < 3 || isCapital(word)) continue;
    const lower = word.toLowerCase();
    if (counted(quote.slice(Math.max(0, m.index - COUNTED_REACH), m.index)) && !UNIT_WORDS.has(lower)) continue;
    for (const s of contentStems(lower)) out.add(s);
  }
  return [...out];
}

/** A word opening with a capital letter, an ASCII one read off its code. */
function isCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word);
}

/**
 * A fact's event line in the case its words have in running text: "Volume of the
 * deposit" opens with a capital only because it opens the line, a noun before a
 * preposition; "Acme signs a deal" and "Voyager 2's distance" open with names.
 */
export function eventLineWords(event: string): string {
  const m = /^(\p{Lu}\p{Ll}+)\s+(?:of|at|for|in|on|from|to|by|per|during|since)\s/u.exec(event);
  return m && isEnglishWord(m[1].toLowerCase()) ? m[1].toLowerCase() + event.slice(m[1].length) : event;
}
