import { opensWithStranger } from './claims/strangers';
import type { Checker, FactBase, QuoteLocation } from './api';
import { NameMatcher } from './claims/names';
import { FactIndex } from './factbase/factIndex';
import { KindTable } from './factbase/kinds';
import { applyIgnores, findIgnores } from './ignores';
import type { ProseBlock } from './markdown/prose';
import { checkDraft, foundIn, type DraftReader, type DraftSentence } from './checking/checkedDraft';
import { RecentDrafts } from './checking/recentDrafts';
import { MisquoteChecker } from './quotations/misquotes';
import { reportDate } from './claims/reportDate';
import { sentenceAround } from './factbase/sourceSentence';
import { sentenceSpans } from './claims/sentences';
import { applySeverity } from './rules/severity';
import { LineMap } from './text/lineMap';
import { stems } from './text/tokens';
import type { CheckOptions, CheckResult } from './types';
import { Accumulator, type Entry } from './verdicts/accumulator';
import { SentenceMemo } from './verdicts/sentenceMemo';
import { formatDate, sourcedValueText } from './render/sourced';
import { judgeClaims } from './verdicts/judgeClaims';
import { judgeNames } from './verdicts/judgeNames';
import type { CheckerParts } from './verdicts/parts';
import { TitleFinder } from './claims/titles';
import { readSentence, type SentenceInput } from './claims/sentence';
import { SpellingChecker } from './claims/spelling';
import { SourcePassages, claimWithContext } from './binding/statedBySource';

const DEFAULT_TOLERANCE = 0.05;
/** Open drafts whose last check a checker keeps, to check the next version of each from it. */
const RECENT_DRAFTS = 8;

export interface CheckerOptions {
  /**
   * False for a run that ends with the drafts it checks (the CLI): its memo then keeps
   * their strings as they are, instead of copying each judgement so that it cannot hold
   * an editor's old versions of a draft alive.
   */
  outlivesDrafts?: boolean;
}

/** Builds the indexes of a fact base once; each check then costs what the draft costs. */
export function createChecker(fb: FactBase, options: CheckerOptions = {}): Checker {
  const parts = checkerParts(fb);
  const index = parts.index;
  const quoteCache = new Map<string, QuoteLocation | undefined>();
  const memo = options.outlivesDrafts === false ? new SentenceMemo((value) => value) : new SentenceMemo();
  const misquotes = new MisquoteChecker(fb);
  const drafts = new RecentDrafts(RECENT_DRAFTS);
  return Object.freeze({
    check: (text: string, options?: CheckOptions) => check(parts, memo, misquotes, drafts, text, options),
    fact: (id: string) => index.get(id)?.fact,
    source: (id: string) => parts.sources.get(id),
    entity: (id: string) => parts.entities.get(id),
    quoteLocation: (factId: string) => {
      if (!quoteCache.has(factId)) quoteCache.set(factId, locateQuote(fb, parts, factId));
      return quoteCache.get(factId);
    },
    describe: (factId: string) => {
      const f = index.get(factId);
      if (!f) return undefined;
      const when = f.fact.when && f.fact.value.type !== 'date' ? ` (${formatDate(f.fact.when)})` : '';
      const value = f.fact.value.type === 'entity' ? parts.entities.get(f.fact.value.entity)?.name ?? sourcedValueText(f.fact.value) : sourcedValueText(f.fact.value);
      return `${f.fact.event}: ${value}${when}`;
    },
  });
}

/** The readers and indexes of a fact base, which checking a draft and extracting from a source share. */
export function checkerParts(fb: FactBase): CheckerParts {
  const kindOf = new Map(fb.entities.map((e) => [e.id, e.kind]));
  const kinds = new KindTable(fb.kinds);
  const names = new NameMatcher(fb.entities, kinds);
  const tellers = sourceTellers(fb, names);
  const index = new FactIndex(fb.facts, (id) => kindOf.get(id), (fact) => sentenceAround(fb.texts.get(fact.source) ?? '', fact.quote), kinds, (fact) => tellers(fact.source));
  return {
    index,
    names,
    spelling: new SpellingChecker(fb.entities, fb.sources.flatMap((s) => (s.author ? [s.author] : [])), kinds),
    titles: new TitleFinder(index),
    entities: new Map(fb.entities.map((e) => [e.id, e])),
    sources: new Map(fb.sources.map((s) => [s.id, s])),
    passages: new SourcePassages(fb.texts.values()),
  };
}

/** The known entities named in each source's author and publisher, found once a fact of it is retrieved. */
function sourceTellers(fb: FactBase, names: NameMatcher): (sourceId: string) => ReadonlySet<string> {
  const byId = new Map(fb.sources.map((s) => [s.id, s]));
  const found = new Map<string, ReadonlySet<string>>();
  return (sourceId) => {
    let tellers = found.get(sourceId);
    if (!tellers) {
      const s = byId.get(sourceId);
      const line = [s?.author, s?.publisher].filter((x) => x).join('; ');
      found.set(sourceId, (tellers = new Set(names.mentions(names.tokens(line, 0, line.length)).map((m) => m.entityId))));
    }
    return tellers;
  };
}

function check(parts: CheckerParts, memo: SentenceMemo, misquotes: MisquoteChecker, drafts: RecentDrafts, text: string, options: CheckOptions = {}): CheckResult {
  const tolerance = options.roundingTolerance ?? DEFAULT_TOLERANCE;
  const reader: DraftReader = {
    sentencesOf,
    judge: (masked, input) =>
      memo.get(masked, input, tolerance, () => {
        const { entries, strangerSubject } = judge(parts, masked, input, tolerance);
        return { entries, named: namedIn(entries), strangerSubject };
      }),
    topicsOf: (ids) => [...parts.index.topicsOf(ids)].sort((a, b) => a - b),
  };
  memo.begin();
  const before = drafts.closest(text);
  const draft = checkDraft(reader, text, tolerance, reportDate(text), before);
  memo.end();
  drafts.remember(draft, before);
  const result: CheckResult = { ...foundIn(draft), quotations: [] };
  const quoted = misquotes.check(text, draft.doc, result.findings);
  result.findings.push(...quoted.findings);
  result.quotations = quoted.quotations;
  const { kept } = applyIgnores(result.findings, findIgnores(text));
  return { ...result, findings: applySeverity(kept, options.severity) };
}

/**
 * The entities a sentence names, whose topics and people the sentences after it that
 * name nobody (or only refer back) carry.
 */
function namedIn(entries: Entry[]): string[] {
  return [...new Set(entries.flatMap((e) => (e.type === 'mention' ? [e.mention.entityId] : [])))].sort();
}

function judge(parts: CheckerParts, masked: string, input: SentenceInput, tolerance: number): { entries: Entry[]; strangerSubject: boolean } {
  const out = new Accumulator(input.start);
  const read = readSentence(parts, masked, input);
  judgeClaims(parts, read, out, tolerance);
  judgeNames(parts, read, masked, out);
  return {
    entries: out.entries.filter((e) => e.type !== 'finding' || !parts.passages.states(claimWithContext(read.text, e.start, e.end))),
    strangerSubject: opensWithStranger(read.ctx.strangers, read.ctx.mentions, read.ctx.words),
  };
}

/** What opens a list item's line: "- ", "* ", "1. ", "2) ", inside quotes or nested lists too. */
const LIST_MARKER = /^[\s>]*(?:[-*+]|\d{1,3}[.)])\s/;

/** Sentences of paragraphs and headings; a table row is one sentence, read with its header. */
export function* sentencesOf(text: string, masked: string, blocks: ProseBlock[]): Generator<DraftSentence> {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'cell' || !b.row) {
      const listItem = b.kind === 'paragraph' && LIST_MARKER.test(text.slice(text.lastIndexOf('\n', b.start - 1) + 1, b.start + 6));
      for (const [s, e] of sentenceSpans(masked, b.start, b.end)) {
        // The whole paragraph introduces: "Kazakhstan has land borders with five states … The lengths:".
        const leadIn = b.kind === 'paragraph' && e === b.end && /:\s*$/.test(masked.slice(s, e)) ? stems(masked.slice(b.start, b.end)) : undefined;
        yield { start: s, end: e, claimSpans: [{ start: s, end: e }], header: [], section: b.section, ...(listItem ? { listItem } : {}), ...(leadIn ? { leadIn } : {}) };
      }
      continue;
    }
    const row = b.row;
    const cells: ProseBlock[] = [];
    while (i < blocks.length && blocks[i].row === row) cells.push(blocks[i++]);
    i--;
    const header = cells.flatMap((c) => (c.header ? stems(text.slice(c.header.start, c.header.end)) : []));
    const claimSpans = cells.filter((c) => !c.cites).map((c) => ({ start: c.start, end: c.end, header: c.header && text.slice(c.header.start, c.header.end) }));
    const citations = cells.filter((c) => c.cites).map((c) => ({ start: c.start, end: c.end }));
    const first = masked.slice(cells[0].start, cells[0].end);
    const rowLabel = /\p{L}{3}/u.test(first) && !/\d/.test(first) ? stems(first) : undefined;
    yield { start: row.start, end: row.end, claimSpans, header, section: b.section, rowLabel, ...(citations.length > 0 ? { citations } : {}) };
  }
}

function locateQuote(fb: FactBase, parts: CheckerParts, factId: string): QuoteLocation | undefined {
  const f = parts.index.get(factId)?.fact;
  const source = f && parts.sources.get(f.source);
  const text = f && fb.texts.get(f.source);
  if (!f || !source || text === undefined) return undefined;
  const at = text.indexOf(f.quote);
  if (at < 0) return undefined;
  return { sourceId: source.id, file: `sources/${source.file}`, range: new LineMap(text).range(at, at + f.quote.length) };
}
