import type { NameMatcher } from '../claims/names';
import type { FactIndex } from '../factbase/factIndex';
import type { Entity, Source } from '../factbase/schema';
import type { TitleFinder } from '../claims/titles';
import type { SpellingChecker } from '../claims/spelling';
import type { SourcePassages } from '../binding/statedBySource';

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
