/** What each rule means, for formats that describe their rules (SARIF's rule metadata). */
export interface RuleHelp {
  name: string;
  short: string;
  full: string;
  help: string;
  defaultLevel: 'error' | 'warning' | 'note';
}

const HOW_TO = 'Apply the fix to put the sourced value in place, or, if the draft is right and the source is not the one to follow, add `<!-- sourcecheck-ignore: claim -- reason -->` on the line.';

export const RULE_HELP: Record<string, RuleHelp> = {
  'date-contradiction': {
    name: 'DateContradiction',
    short: 'A date that the sources give otherwise.',
    full: 'The draft dates a sourced event differently from its source, e.g. "August 21, 2022" for a visit that the source dates 19 August 2022.',
    help: `Check the date against the quoted source passage (the related location). ${HOW_TO}`,
    defaultLevel: 'error',
  },
  'figure-contradiction': {
    name: 'FigureContradiction',
    short: 'A figure, count, ordinal, age or amount that the sources give otherwise.',
    full: 'The draft states a figure (an amount of money, a count, a distance, an age, an ordinal) that its source states differently, beyond rounding.',
    help: `Check the figure against the quoted source passage (the related location). ${HOW_TO}`,
    defaultLevel: 'error',
  },
  'name-contradiction': {
    name: 'NameContradiction',
    short: 'The wrong person, title, place or party for a sourced event or role.',
    full: 'The draft gives a sourced person the wrong title, or places a sourced event in the wrong place or with the wrong party, e.g. "Armenian President Nikol Pashinyan".',
    help: `Check the name against the quoted source passage (the related location). ${HOW_TO}`,
    defaultLevel: 'error',
  },
  'name-spelling': {
    name: 'NameSpelling',
    short: 'A near miss of a known name that is none of its accepted spellings.',
    full: 'The draft spells a person, place or organization that the sources name in a way that none of the accepted spellings or transliterations matches.',
    help: `Use the spelling that the fix offers. ${HOW_TO}`,
    defaultLevel: 'warning',
  },
  misquote: {
    name: 'Misquote',
    short: 'A quotation that differs from the source passage it quotes.',
    full: 'A passage in quotation marks or a blockquote closely follows a passage of a source text, most of its words in order, but a word is changed, left out or added. An ellipsis marks an omission and is no difference; nor are curly against straight quotes, dashes, or a capitalised first letter.',
    help: 'Apply the fix to put the source\'s exact words in place, or mark an omission with an ellipsis (… or [...]). If the quotation comes from another telling than the source, add `<!-- sourcecheck-ignore: claim -- reason -->` on the line.',
    defaultLevel: 'warning',
  },
  'unsourced-claim': {
    name: 'UnsourcedClaim',
    short: 'A date or figure about known people or places that no fact covers.',
    full: 'The draft states a date or figure in a sentence about people, places or organizations the fact base knows, but no sourced fact covers it.',
    help: 'Find a source for the claim and add it to the fact base, or cut the claim. Set the rule to "off" or "hint" in sourcecheck.config.json if unsourced claims are not your concern.',
    defaultLevel: 'note',
  },
  'unused-ignore': {
    name: 'UnusedIgnore',
    short: 'A sourcecheck-ignore comment that suppresses nothing.',
    full: 'An inline sourcecheck-ignore comment no longer matches any finding: the claim was fixed, reworded or moved. Reported with --report-unused-ignores.',
    help: 'Remove the comment, or correct the claim text it names.',
    defaultLevel: 'warning',
  },
};
