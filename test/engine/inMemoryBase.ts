import { createChecker, loadFactBase, type Checker } from '../../server/src/engine/index';

/** A checker over a one-source fact base held in memory, for specs on a topic of their own. */
export function inMemoryChecker(title: string, source: string, entities: object[], facts: object[]): Checker {
  const files = new Map([
    ['sources.json', JSON.stringify({ sources: [{ id: 'report', file: 'report.txt', title }] })],
    ['entities.json', JSON.stringify({ entities })],
    ['facts.json', JSON.stringify({ facts })],
    ['sources/report.txt', source],
  ]);
  const { factBase, problems } = loadFactBase(files);
  if (!factBase) throw new Error(JSON.stringify(problems));
  return createChecker(factBase);
}
