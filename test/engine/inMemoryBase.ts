import { createChecker, loadFactBase, type Checker } from '../../server/src/engine/index';

/** A checker over a one-source fact base held in memory, for specs on a topic of their own. */
export function inMemoryChecker(title: string, source: string, entities: object[], facts: object[]): Checker {
  return inMemorySources([{ id: 'report', title, text: source }], entities, facts);
}

/** A source of a fact base held in memory: its text and what sources.json says of it. */
export interface MemorySource {
  id: string;
  title: string;
  text: string;
  publisher?: string;
  author?: string;
}

/** A checker over a fact base of several sources held in memory. */
export function inMemorySources(sources: MemorySource[], entities: object[], facts: object[]): Checker {
  const files = new Map([
    ['sources.json', JSON.stringify({ sources: sources.map(({ text: _text, ...s }) => ({ ...s, file: `${s.id}.txt` })) })],
    ['entities.json', JSON.stringify({ entities })],
    ['facts.json', JSON.stringify({ facts })],
    ...sources.map((s): [string, string] => [`sources/${s.id}.txt`, s.text]),
  ]);
  const { factBase, problems } = loadFactBase(files);
  if (!factBase) throw new Error(JSON.stringify(problems));
  return createChecker(factBase);
}

/** What a check says of a draft, as a writer reads it: "claim -> fix" for each alarm, then "supported claim" for each sourced one. */
export function verdictsOf(checker: Checker, draft: string): string[] {
  const r = checker.check(draft);
  return [...r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.claimText} -> ${f.fix?.newText}`), ...r.supported.map((s) => `supported ${s.claimText}`)];
}
