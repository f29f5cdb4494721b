/** The engine's one front door: load a fact base, create a checker, check text. */
export { blocksLoading, loadFactBase } from './factbase/load';
export { schemaFiles } from './factbase/jsonSchemas';
export { createChecker } from './checker';
export { extractFacts, knownBase, type KnownBase, type Proposals, type SourceInput } from './extract/index';
export { findIgnores, applyIgnores, withoutIgnores, type Ignore } from './ignores';
export { formatDate } from './render/sourced';
export { RULES, REPORTED_RULES } from './rules/registry';
export { UNUSED_IGNORE, unusedIgnoreMessage } from './rules/unusedIgnore';
export type { RuleDeclaration } from './rules/declaration';
export * from './api';
export * from './types';
export type { Entity, Fact, Source, FactValue, CalendarDate } from './factbase/schema';
