import type { NameMatcher } from '../claims/names';
import type { FactIndex } from '../factbase/factIndex';
import type { Entity, Source } from '../factbase/schema';
import type { TitleFinder } from './roles';
import type { SpellingChecker } from './spelling';
import type { SourcePassages } from './statedBySource';

/** Everything built once from a fact base and shared by every check. */
export interface CheckerParts {
  index: FactIndex;
  names: NameMatcher;
  spelling: SpellingChecker;
  titles: TitleFinder;
  entities: ReadonlyMap<string, Entity>;
  sources: ReadonlyMap<string, Source>;
  passages: SourcePassages;
}
