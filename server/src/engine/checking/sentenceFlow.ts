/**
 * What the sentences before one tell it: the year last stated in its section and in
 * the draft, the topics of the people, places and bodies the draft has named, and
 * the entities named last in the section, whom a sentence that only refers back means.
 */
export interface Flow {
  /** The section of the sentence the flow comes from; -1 before the first. */
  section: number;
  sectionYear?: number;
  documentYear?: number;
  topics?: readonly number[];
  named?: { section: number; ids: readonly string[] };
  /** The sentence that introduced the list the flow is in ("The lengths:"), as stems. */
  leadIn?: { section: number; words: readonly string[] };
}

export const DRAFT_START: Flow = { section: -1 };

/**
 * What of the flow a sentence in a given section sees. Two sentences with the same
 * words and the same view are judged alike and pass the same flow on, so a re-check
 * after an edit stops walking at the first sentence whose view did not change.
 */
export interface FlowView {
  sectionYear?: number;
  documentYear?: number;
  topics?: readonly number[];
  carried?: readonly string[];
  /** For a list item: the words of the sentence that introduced the list, which qualify it like a table's header. */
  leadIn?: readonly string[];
}

export function viewOf(flow: Flow, section: number, listItem: boolean): FlowView {
  return {
    sectionYear: section === flow.section ? flow.sectionYear : undefined,
    documentYear: flow.documentYear,
    topics: flow.topics,
    carried: flow.named?.section === section ? flow.named.ids : undefined,
    leadIn: listItem && flow.leadIn?.section === section ? flow.leadIn.words : undefined,
  };
}

/**
 * The year a sentence that leaves it out most likely means: one it states itself,
 * else the last one stated earlier in its section, else earlier in the draft. It only
 * ranks facts that fit equally well; a year the writer did not write is never
 * compared as if they had.
 */
export function contextYear(view: FlowView, years: StatedYears): number | undefined {
  return years.first ?? view.sectionYear ?? view.documentYear;
}

/** The first and the last year a sentence states. */
export interface StatedYears {
  first?: number;
  last?: number;
}

const YEAR = /(?<![\d,.])(?:1[6-9]|20)\d\d(?![\d,])/g;

export function statedYears(masked: string, start: number, end: number): StatedYears {
  const years = [...masked.slice(start, end).matchAll(YEAR)].map((m) => +m[0]);
  return years.length === 0 ? {} : { first: years[0], last: years[years.length - 1] };
}

/**
 * The flow after a sentence of `section` that saw `view`, stated `years` and named the
 * entities `named`. A sentence about someone the base does not know names no one the
 * sentences after it could mean by "he".
 */
export function flowAfter(
  view: FlowView,
  sentence: { section: number; listItem?: boolean; leadIn?: readonly string[] },
  years: StatedYears,
  { named, strangerSubject }: { named: readonly string[]; strangerSubject: boolean },
  topicsOf: (ids: readonly string[]) => readonly number[],
): Flow {
  const { section } = sentence;
  const subject = named.length > 0 ? named : strangerSubject ? undefined : view.carried;
  // "The lengths:" introduces the items of the list after it, and only them.
  const leadIn = sentence.leadIn ?? (sentence.listItem ? view.leadIn : undefined);
  return {
    ...(leadIn ? { leadIn: { section, words: leadIn } } : {}),
    section,
    sectionYear: years.last ?? view.sectionYear,
    documentYear: years.last ?? view.documentYear,
    topics: named.length > 0 ? union(view.topics, topicsOf(named)) : view.topics,
    ...(subject ? { named: { section, ids: subject } } : {}),
  };
}

/** The stories the draft has named so far: a sentence that names nobody may speak of any of them ("| Banks involved | 202 |" under a section that ended on the operator's loss). */
function union(a: readonly number[] | undefined, b: readonly number[]): readonly number[] {
  if (!a) return b;
  const more = b.filter((t) => !a.includes(t));
  return more.length === 0 ? a : [...a, ...more].sort((x, y) => x - y);
}

export function sameView(a: FlowView, b: FlowView): boolean {
  return a.sectionYear === b.sectionYear && a.documentYear === b.documentYear && sameList(a.topics, b.topics) && sameList(a.carried, b.carried) && sameList(a.leadIn, b.leadIn);
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}
