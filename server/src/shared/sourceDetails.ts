import { formatDate, type Source } from '../engine/index';

type SourceDate = NonNullable<Source['date']>;

/** "19 August 2022", "August 2022", "summer 2021", "2022"; "(inferred)" when the source leaves it implicit. */
export function sourceDate(date: SourceDate): string {
  return `${formatDate(date.value)}${date.inferred ? ' (inferred)' : ''}`;
}

/** Title, author and date, as plain text: "Title, Author, 19 August 2022". */
export function sourceCitation(source: Source): string {
  const parts = [source.title, source.author, source.date ? sourceDate(source.date) : undefined];
  return parts.filter((p): p is string => Boolean(p)).join(', ');
}
