import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFacts, knownBase } from '../../server/src/engine/extract/index';
import type { Fact, FactValue } from '../../server/src/engine/factbase/schema';
import { normalizeTitle } from '../../server/src/engine/claims/titles';
import { readFactBase } from '../../server/src/io/readFactBase';

export const BUNDLED_DIR = path.resolve(__dirname, '..', '..', 'facts');

export interface HandRecall {
  found: number;
  total: number;
  /** The hand-written facts that no proposal matches, for a reader of the figure. */
  missed: Fact[];
}

/**
 * How many of the bundled base's hand-written facts `extract` proposes from their
 * sources: the same value, read in the same sentence (the hand quote lies inside or
 * overlaps the proposed quote). Extraction knows the bundled entities and sources,
 * not its facts.
 */
export function handRecall(): HandRecall {
  const known = knownBase(readFactBase(BUNDLED_DIR));
  const inputs = known.sources.map((s) => ({ file: s.file, text: fs.readFileSync(path.join(BUNDLED_DIR, 'sources', s.file), 'utf8') }));
  const texts = new Map(known.sources.map((s, i) => [s.id, inputs[i].text]));
  const proposed = extractFacts(inputs, { ...known, facts: [] }).facts;
  const hand = known.facts;
  const missed = hand.filter((h) => !proposed.some((p) => p.source === h.source && sameValue(p.value, h.value) && overlaps(texts.get(h.source)!, h.quote, p.quote)));
  return { found: hand.length - missed.length, total: hand.length, missed };
}

function overlaps(text: string, hand: string, proposed: string): boolean {
  const spans = (q: string) => [...text.matchAll(new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => [m.index!, m.index! + q.length]);
  return spans(hand).some(([a, b]) => spans(proposed).some(([c, d]) => a < d && c < b));
}

function sameValue(a: FactValue, b: FactValue): boolean {
  if (a.type === 'role' && b.type === 'role') return a.person === b.person && a.of === b.of && normalizeTitle(a.title) === normalizeTitle(b.title);
  if (a.type === 'date' && b.type === 'date') return same(a.date, b.date);
  if (a.type === 'dateRange' && b.type === 'dateRange') return same(a.from, b.from) && same(a.to, b.to);
  return same(withoutQualifiers(a), withoutQualifiers(b));
}

/** How a value was inferred, and the bound a proposal reads in the source's hedge ("roughly exceeded"), are the reviewer's to word. */
function withoutQualifiers(v: FactValue): object {
  const { inferred: _, bound: __, ...rest } = v as FactValue & { inferred?: unknown; bound?: unknown };
  return rest;
}

function same(a: object, b: object): boolean {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}
