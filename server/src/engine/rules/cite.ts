import type { Fact, Source } from '../factbase/schema';

/** "Başaran, “Efforts to Strengthen…” (2022)": enough for a writer to know which source. */
export function citation(source: Source | undefined): string {
  if (!source) return 'an unknown source';
  const year = source.date ? ` (${source.date.value.year}${source.date.inferred ? ', inferred' : ''})` : '';
  const by = source.author ? `${source.author}, ` : source.publisher ? `${source.publisher}, ` : '';
  return `${by}“${source.title.replace(/^[“"](.*)[”"]$/u, '$1')}”${year}`;
}

export function quoteOf(fact: Fact): string {
  return fact.quote.length > 220 ? `${fact.quote.slice(0, 217)}…` : fact.quote;
}
