import type { DefinitionParams, Location, LocationLink, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from '../engine/index';
import type { DocumentChecks } from './documentChecks';
import { pointedAt, type PointedAt } from './pointedAt';
import { quoteInSource } from './quoteInSource';

/**
 * Go to Definition on a sourced claim opens its source text with the quote selected.
 * A client that takes links gets the claim's whole range too, so Ctrl+hover underlines
 * "August 21, 2022" and not just the word under the mouse.
 */
export async function definition(
  params: DefinitionParams,
  documents: TextDocuments<TextDocument>,
  checks: DocumentChecks,
  linkSupport: boolean,
): Promise<Location | LocationLink[] | null> {
  const checked = await checks.checkOpen(documents, params.textDocument.uri);
  const claim = checked && sourcedClaim(pointedAt(checked.result, params.position));
  const quote = claim && quoteInSource(claim.factId, checked);
  if (!claim || !quote) return null;
  if (!linkSupport) return quote;
  return [{ originSelectionRange: claim.range, targetUri: quote.uri, targetRange: quote.range, targetSelectionRange: quote.range }];
}

/** A name alone has no quote; a claim about it has, once a fact covers it. */
function sourcedClaim(pointed: PointedAt | undefined): { range: Range; factId: string } | undefined {
  if (pointed?.kind === 'support') return pointed.support;
  if (pointed?.kind === 'finding' && pointed.finding.factId) return { range: pointed.finding.range, factId: pointed.finding.factId };
  return undefined;
}
