export { extractFacts } from './extractFacts';
export { knownBase } from './knownBase';
export type { KnownBase, Proposals, SourceInput } from './types';
