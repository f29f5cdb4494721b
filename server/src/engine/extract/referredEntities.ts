import type { Entity } from '../factbase/schema';
import type { Span } from './quote';

/** Small words inside a name, before which its head stands: "Organization of Turkic States". */
const INNER = new Set(['of', 'for', 'on', 'in', 'at']);

/**
 * The entities a quote refers back to by the head of their name, "the bridge" for the
 * Golden Gate Bridge or "the organization’s" for the Organization of Turkic States: of
 * the names the source gave before, latest first, the one whose head the quote's "the"
 * takes up. A quote that names nothing of its own still says what it is about.
 */
export function referredEntities(text: string, quote: Span, earlier: readonly string[], entities: ReadonlyMap<string, Entity>): string[] {
  const heads = [...text.slice(quote.start, quote.end).matchAll(/\b[Tt]he\s+(\p{Ll}+)(?:['’]s)?\b/gu)].map((m) => m[1]);
  const out = new Set<string>();
  for (const head of heads) {
    const id = [...earlier].reverse().find((e) => headOf(entities.get(e)) === head);
    if (id) out.add(id);
  }
  return [...out];
}

function headOf(entity: Entity | undefined): string | undefined {
  const words = entity?.name.split(/\s+/) ?? [];
  if (words.length < 2) return undefined;
  const inner = words.findIndex((w) => INNER.has(w));
  return (inner > 0 ? words[inner - 1] : words[words.length - 1]).toLowerCase();
}
