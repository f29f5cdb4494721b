import type { Checker, FactBase, QuoteLocation } from './api';
import { NameMatcher } from './claims/names';
import { FactIndex } from './factbase/factIndex';
import { applyIgnores, findIgnores } from './ignores';
import { parseProse, type ProseBlock } from './markdown/prose';
import { sentenceSpans } from './claims/sentences';
import { applySeverity } from './rules/severity';
import { LineMap } from './text/lineMap';
import { stems } from './text/tokens';
import type { CheckOptions, CheckResult } from './types';
import { Accumulator } from './verdicts/accumulator';
import { formatDate, sourcedValueText } from './verdicts/claimChecks';
import { judgeClaims } from './verdicts/judgeClaims';
import { judgeNames } from './verdicts/judgeNames';
import type { CheckerParts } from './verdicts/parts';
import { TitleFinder } from './verdicts/roles';
import { readSentence, type SentenceInput } from './verdicts/sentence';
import { SpellingChecker } from './verdicts/spelling';

const DEFAULT_TOLERANCE = 0.05;

/** Builds the indexes of a fact base once; each check then costs what the draft costs. */
export function createChecker(fb: FactBase): Checker {
  const index = new FactIndex(fb.facts);
  const parts: CheckerParts = {
    index,
    names: new NameMatcher(fb.entities),
    spelling: new SpellingChecker(fb.entities),
    titles: new TitleFinder(index),
    entities: new Map(fb.entities.map((e) => [e.id, e])),
    sources: new Map(fb.sources.map((s) => [s.id, s])),
  };
  const quoteCache = new Map<string, QuoteLocation | undefined>();
  return Object.freeze({
    check: (text: string, options?: CheckOptions) => check(parts, text, options),
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
      const value = f.fact.value.type === 'entity' ? parts.entities.get(f.fact.value.entity)?.name ?? sourcedValueText(f) : sourcedValueText(f);
      return `${f.fact.event}: ${value}${when}`;
    },
  });
}

function check(parts: CheckerParts, text: string, options: CheckOptions = {}): CheckResult {
  const doc = parseProse(text);
  const out = new Accumulator(new LineMap(text));
  const tolerance = options.roundingTolerance ?? DEFAULT_TOLERANCE;
  for (const input of sentencesOf(text, doc.masked, doc.blocks)) {
    const read = readSentence(parts, doc.masked, input);
    judgeClaims(parts, read, out, tolerance);
    judgeNames(parts, read, doc.masked, parts.names.tokens(doc.masked, input.start, input.end), out);
  }
  const { kept } = applyIgnores(out.findings, findIgnores(text));
  return { findings: applySeverity(kept, options.severity), supported: out.supported, mentions: out.mentions };
}

/** Sentences of paragraphs and headings; a table row is one sentence, read with its header. */
function* sentencesOf(text: string, masked: string, blocks: ProseBlock[]): Generator<SentenceInput> {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'cell' || !b.row) {
      for (const [s, e] of sentenceSpans(masked, b.start, b.end)) yield { start: s, end: e, claimSpans: [{ start: s, end: e }], header: [] };
      continue;
    }
    const row = b.row;
    const cells: ProseBlock[] = [];
    while (i < blocks.length && blocks[i].row === row) cells.push(blocks[i++]);
    i--;
    const header = cells.flatMap((c) => (c.header ? stems(text.slice(c.header.start, c.header.end)) : []));
    const claimSpans = cells.map((c) => ({ start: c.start, end: c.end, header: c.header && text.slice(c.header.start, c.header.end) }));
    yield { start: row.start, end: row.end, claimSpans, header };
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
