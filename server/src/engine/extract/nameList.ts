import type { Mention } from '../claims/names';
import type { Span } from './quote';

/** What parts the items of a list: "A, B and C", "A and B, as well as C", "A along with B". */
const SEPARATOR = /\s*,\s*(?:and\s+|as\s+well\s+as\s+|along\s+with\s+)?|\s+(?:and|as\s+well\s+as|along\s+with|&)\s+/g;
/** The words an item of names holds beside its names: titles and demonyms ("Russian President"), "Mr.", "the", "of". */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}\p{N}.’'-]*|the|of)$/u;
/** The vague end of a list, which names no one: "and other Central Asian countries". */
const TAIL = /^(?:other|several|many|some|various|more|all)\b/i;
/** Where a list cannot reach across. */
const LIST_END = /[;:()“”"—–]/;

/** A word of an item, or a name the engine knows, which counts as one word. */
type Word = { text: string } | { name: Mention };

interface Item {
  span: Span;
  words: Word[];
}

/** A name a list holds, with the item that holds it: "Russian President Vladimir Putin". */
export interface Listed {
  name: Mention;
  item: Span;
}

/** The names a list holds, and every item read, with or without a name the engine knows. */
export interface NameList {
  names: Listed[];
  items: Span[];
}

const isOther = (w: Word) => 'text' in w && !NAME_WORD.test(w.text);

/**
 * The names listed from `at` on, one per item: "Russian President Vladimir Putin,
 * Armenian Prime Minister Nikol Pashinyan and CSTO Secretary General Stanislav Zas"
 * lists Putin, Pashinyan and Zas. An item's name is the name it ends with, if that one
 * `fits` ("Tajikistan President Emomali Rahmon" names no one the engine knows); an item
 * with other words than names and titles ends the list, with what comes before them.
 */
export function namesAfter(masked: string, at: number, end: number, mentions: readonly Mention[], fits: (m: Mention) => boolean): NameList {
  const stop = masked.slice(at, end).search(LIST_END);
  const items = itemsOf(masked, { start: at, end: stop < 0 ? end : at + stop }, mentions);
  return listed(items, fits, (words) => {
    const cut = words.findIndex(isOther);
    return cut < 0 ? { kept: words, ends: false } : { kept: words.slice(0, cut), ends: true };
  });
}

/** The names listed right before `at`, read back from it: "Mongolia and Pakistan, as well as the US and other … countries, were involved". */
export function namesBefore(masked: string, start: number, at: number, mentions: readonly Mention[], fits: (m: Mention) => boolean): NameList {
  const lead = masked.slice(start, at);
  const from = Math.max(...[...lead.matchAll(new RegExp(LIST_END, 'g'))].map((m) => m.index! + 1), 0);
  const items = itemsOf(masked, { start: start + from, end: at }, mentions).reverse();
  const first = items[0]?.words[0];
  if (items.length > 1 && first && 'text' in first && TAIL.test(first.text)) items.shift();
  return listed(items, fits, (words) => {
    const cut = words.length - 1 - [...words].reverse().findIndex(isOther);
    return cut >= words.length ? { kept: words, ends: false } : { kept: words.slice(cut + 1), ends: true };
  });
}

/** The items' names in the order the list is read, until an item that `clean` says ends it. */
function listed(items: Item[], fits: (m: Mention) => boolean, clean: (words: Word[]) => { kept: Word[]; ends: boolean }): NameList {
  const out: NameList = { names: [], items: [] };
  for (const item of items) {
    const { kept, ends } = clean(item.words);
    const last = kept.filter((w) => !('text' in w) || /\p{L}/u.test(w.text)).pop();
    if (last && 'name' in last && fits(last.name)) out.names.push({ name: last.name, item: item.span });
    out.items.push(item.span);
    if (ends) break;
  }
  return out;
}

function itemsOf(masked: string, region: Span, mentions: readonly Mention[]): Item[] {
  const inside = mentions.filter((m) => m.start >= region.start && m.end <= region.end);
  const cuts = [...masked.slice(region.start, region.end).matchAll(SEPARATOR)]
    .map((m) => ({ start: region.start + m.index!, end: region.start + m.index! + m[0].length }))
    .filter((c) => !inside.some((m) => c.start < m.end && m.start < c.end));
  const bounds = [region.start, ...cuts.flatMap((c) => [c.start, c.end]), region.end];
  const items: Item[] = [];
  for (let i = 0; i < bounds.length; i += 2) items.push(item(masked, { start: bounds[i], end: bounds[i + 1] }, inside));
  return items.filter((it) => it.words.length > 0);
}

function item(masked: string, span: Span, mentions: readonly Mention[]): Item {
  const words: Word[] = [];
  let at = span.start;
  for (const name of mentions.filter((m) => m.start >= span.start && m.end <= span.end)) {
    words.push(...(masked.slice(at, name.start).match(/\S+/g) ?? []).map((text) => ({ text })), { name });
    at = name.end;
  }
  words.push(...(masked.slice(at, span.end).match(/\S+/g) ?? []).map((text) => ({ text })));
  return { span, words };
}
