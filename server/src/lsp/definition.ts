import type { DefinitionParams, Location, LocationLink, Position, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from '../engine/index';
import type { CheckedDocument, DocumentChecks } from './documentChecks';
import { pointedAt, type PointedAt } from './pointedAt';
import { quoteInSource } from './quoteInSource';
import { contains } from './ranges';
import { factFileUri } from './uris';

/**
 * Go to Definition on a sourced claim opens its source text with the quote selected,
 * and on a quotation the source passage it follows. A client that takes links gets the
 * claim's whole range too, so Ctrl+hover underlines "August 21, 2022" and not just the
 * word under the mouse.
 */
export async function definition(
  params: DefinitionParams,
  documents: TextDocuments<TextDocument>,
  checks: DocumentChecks,
  linkSupport: boolean,
): Promise<Location | LocationLink[] | null> {
  const checked = await checks.checkOpen(documents, params.textDocument.uri);
  if (!checked) return null;
  const claim = sourcedClaim(pointedAt(checked.result, params.position));
  const quote = claim && quoteInSource(claim.factId, checked);
  const target = claim && quote ? { origin: claim.range, location: quote } : quotationAt(checked, params.position);
  if (!target) return null;
  if (!linkSupport) return target.location;
  const { uri, range } = target.location;
  return [{ originSelectionRange: target.origin, targetUri: uri, targetRange: range, targetSelectionRange: range }];
}

/** A quotation under the cursor that follows a source passage, and where that passage stands. */
function quotationAt(checked: CheckedDocument, position: Position): { origin: Range; location: Location } | undefined {
  const q = checked.result.quotations.find((x) => contains(x.range, position));
  return q && { origin: q.range, location: { uri: factFileUri(checked.dir, q.passage.file), range: q.passage.range } };
}

/** A name alone has no quote; a claim about it has, once a fact covers it. */
function sourcedClaim(pointed: PointedAt | undefined): { range: Range; factId: string } | undefined {
  if (pointed?.kind === 'support') return pointed.support;
  if (pointed?.kind === 'finding' && pointed.finding.factId) return { range: pointed.finding.range, factId: pointed.finding.factId };
  return undefined;
}
