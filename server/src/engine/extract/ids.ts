/** Ids as the schema wants them: lowercase words joined by hyphens, unique among `taken`. */
export function entityId(name: string, taken: ReadonlySet<string>): string {
  return unique(slug(name, 6) || 'entity', taken);
}

export function slug(text: string, words: number): string {
  const parts = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? [];
  return parts.slice(0, words).join('-');
}

export function unique(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}
