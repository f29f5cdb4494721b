import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts, knownBase } from '../engine/index';
import { readFactBase } from '../io/readFactBase';
import type { ProposeFactsParams, ProposedFacts } from '../shared/protocol';
import type { DocumentChecks } from './documentChecks';

/** The proposals of `facts extract` for the text in the editor, against the fact base its folder uses. */
export async function proposeFacts(params: ProposeFactsParams, checks: DocumentChecks): Promise<ProposedFacts> {
  const dir = await checks.factBaseDir(params.uri);
  const file = params.uri.startsWith('file:') ? path.basename(fileURLToPath(params.uri)) : 'untitled.txt';
  const proposals = extractFacts([{ file, text: params.text }], knownBase(readFactBase(dir)));
  return { dir, ...proposals };
}
