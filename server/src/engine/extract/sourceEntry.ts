import type { Source } from '../factbase/schema';
import { isNavigation } from './furniture';
import { slug, unique } from './ids';
import { sourceDate } from './sourceDate';
import type { SourceDate, SourceInput } from './types';

export interface DescribedSource {
  input: SourceInput;
  source: Source;
  /** True when sources.json does not list the file: its entry goes into sources.draft.json. */
  isNew: boolean;
  date?: SourceDate;
}

const TITLE_WORDS = 5;
const TITLE_LENGTH = 120;

/** The source's entry in sources.json, or a proposed one: an id from its title, its date line. */
export function describeSource(input: SourceInput, known: readonly Source[], ids: Set<string>): DescribedSource {
  const entry = known.find((s) => s.file === input.file);
  if (entry) return { input, source: entry, isNew: false, date: sourceDate(input.text, entry) };
  const title = shortened(input.text.split('\n').map((l) => l.replace(/^[#\s]+/, '').trim()).find((l) => l.length > 0 && !isNavigation(l)) ?? input.file);
  const id = unique(slug(title, TITLE_WORDS) || slug(input.file, TITLE_WORDS) || 'source', ids);
  ids.add(id);
  const date = sourceDate(input.text, undefined);
  const txt = input.file.replace(/\.[^.]+$/, '.txt');
  const source: Source = {
    id,
    file: txt,
    title,
    ...(date ? { date: { value: date.date } } : {}),
    ...(txt === input.file ? {} : { note: `Proposed from ${input.file}: a source text is a .txt file, so save it as sources/${txt}.` }),
  };
  return { input, source, isNew: true, date };
}

/** A text without a title line opens with a sentence: its first words stand in for a title. */
function shortened(line: string): string {
  if (line.length <= TITLE_LENGTH) return line;
  return `${line.slice(0, line.lastIndexOf(' ', TITLE_LENGTH))} …`;
}
