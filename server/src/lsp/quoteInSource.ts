import type { Location } from 'vscode-languageserver/node';
import type { CheckedDocument } from './documentChecks';
import { factFileUri } from './uris';

/** Where a fact's quote stands in its source text file, as the editor opens it. */
export function quoteInSource(factId: string, checked: CheckedDocument): Location | undefined {
  const location = checked.checker.quoteLocation(factId);
  return location && { uri: factFileUri(checked.dir, location.file), range: location.range };
}
