// The expected values come from the fact base the extension ships, so a test fails when
// the editor shows something other than what the sources say, not when wording changes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

interface DateParts { year: number; month?: number; day?: number }
interface FactJson { id: string; source: string; entities: string[]; value: { type: string; date?: DateParts }; quote: string }
interface SourceJson { id: string; title: string }

export interface SourcedFact { quote: string; sourceTitle: string }

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** The bundled fact stating the given date about the given entity. */
export function sourcedDate(entity: string, date: Required<DateParts>): SourcedFact {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  const dir = path.join(ext.extensionPath, 'facts');
  const { facts } = readJson<{ facts: FactJson[] }>(path.join(dir, 'facts.json'));
  const { sources } = readJson<{ sources: SourceJson[] }>(path.join(dir, 'sources.json'));
  const fact = facts.find(
    (f) => f.entities.includes(entity) && f.value.type === 'date' && f.value.date?.year === date.year
      && f.value.date.month === date.month && f.value.date.day === date.day,
  );
  if (!fact) throw new Error(`no fact in ${dir} dates ${entity} to ${JSON.stringify(date)}`);
  const source = sources.find((s) => s.id === fact.source);
  if (!source) throw new Error(`fact ${fact.id} names unknown source ${fact.source}`);
  return { quote: fact.quote, sourceTitle: source.title };
}
