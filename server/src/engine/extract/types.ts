import type { CalendarDate, Entity, Fact, Source } from '../factbase/schema';
import type { KindDeclarations } from '../factbase/kinds';

/** A source text to propose facts from, with its entry in sources.json when it has one. */
export interface SourceInput {
  /** The file's name, e.g. "003_x.txt": it names the source when sources.json does not. */
  file: string;
  text: string;
}

/** What the fact base in use already holds: known entities keep their ids, known sources their dates. */
export interface KnownBase {
  sources: readonly Source[];
  entities: readonly Entity[];
  kinds?: KindDeclarations;
  facts: readonly Fact[];
}

/** The reviewable drafts: facts.draft.json, entities.draft.json and sources.draft.json. */
export interface Proposals {
  facts: Fact[];
  /** Entities the sources name that the base does not know, with a guessed kind. */
  entities: Entity[];
  /** Entries for source files that sources.json does not list. */
  sources: Source[];
}

/** The date a source was written, and how that is known, for the years its text leaves out. */
export interface SourceDate {
  date: CalendarDate;
  /** Why the date is what it is: "sources.json", or the date line it was read from. */
  reason: string;
}
