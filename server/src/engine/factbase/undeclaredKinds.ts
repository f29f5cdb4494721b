import { KindTable, type KindDeclarations } from './kinds';
import type { Entity } from './schema';

/** A kind neither bundled nor declared, at the first entity of that kind. */
export interface UndeclaredKind {
  kind: string;
  entity: number;
  count: number;
}

/** Kinds the base uses without saying what they are: each is read as a thing until declared. */
export function undeclaredKinds(entities: readonly Entity[], declarations: KindDeclarations | undefined): UndeclaredKind[] {
  const table = new KindTable(declarations);
  const found = new Map<string, UndeclaredKind>();
  entities.forEach((e, entity) => {
    if (table.isDeclared(e.kind)) return;
    const seen = found.get(e.kind);
    if (seen) seen.count++;
    else found.set(e.kind, { kind: e.kind, entity, count: 1 });
  });
  return [...found.values()];
}
