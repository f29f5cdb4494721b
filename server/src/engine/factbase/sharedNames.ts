import type { Entity } from './schema';

/** A name or alias that an earlier entity already has: a draft's use of it cannot tell the two apart. */
export interface SharedName {
  entity: number;
  /** Index in `aliases`, or undefined for the entity's `name`. */
  alias?: number;
  name: string;
  otherId: string;
}

export function sharedNames(entities: readonly Entity[]): SharedName[] {
  const owner = new Map<string, string>();
  const shared: SharedName[] = [];
  entities.forEach((e, entity) => {
    const names: Array<[string, number | undefined]> = [[e.name, undefined], ...e.aliases.map((a, i): [string, number] => [a, i])];
    for (const [name, alias] of names) {
      const key = name.normalize('NFC').toLowerCase();
      const otherId = owner.get(key);
      if (otherId === undefined) owner.set(key, e.id);
      else if (otherId !== e.id) shared.push({ entity, alias, name, otherId });
    }
  });
  return shared;
}
