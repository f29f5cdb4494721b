import type { ReportDate } from '../claims/reportDate';
import { parseProse, type ProseDocument } from '../markdown/prose';
import { reparseProse, type ReparsedWindow } from '../markdown/reparse';
import type { SentenceInput } from '../claims/sentence';
import { textChange } from '../text/textChange';
import type { Finding, NameMention, Range, Support } from '../types';
import type { Judgement } from '../verdicts/sentenceMemo';
import { DRAFT_START, contextYear, flowAfter, sameView, statedYears, viewOf, type Flow, type FlowView, type StatedYears } from './sentenceFlow';

export type DraftSentence = SentenceInput & {
  section: number;
  /** An item of a list, which the sentence that introduces the list qualifies. */
  listItem?: boolean;
  /** The stems of a sentence that ends in a colon ("The lengths:"), which introduces what follows. */
  leadIn?: string[];
};

/** One sentence as the last check judged it, with what it found placed in the draft. */
export interface JudgedSentence {
  /** The sentence's own reading, without what the flow gives it. */
  sentence: DraftSentence;
  years: StatedYears;
  view: FlowView;
  /** The flow the sentences after it see. */
  flow: Flow;
  found: Found;
}

export interface Found {
  findings: Finding[];
  supported: Support[];
  mentions: NameMention[];
}

/** A draft as checked: what the next check of an edit of it may keep. */
export interface CheckedDraft {
  text: string;
  tolerance: number;
  reportDate?: ReportDate;
  doc: ProseDocument;
  sentences: JudgedSentence[];
}

/** How a check reads a draft's sentences and judges one. */
export interface DraftReader {
  sentencesOf(text: string, masked: string, blocks: ProseDocument['blocks']): Iterable<DraftSentence>;
  judge(masked: string, input: SentenceInput): Judgement;
  topicsOf(ids: readonly string[]): readonly number[];
}

/**
 * Checks a draft, keeping from an earlier check of a version of it every sentence the
 * edit cannot have changed: those before the re-parsed window, and those after it up
 * to the first one whose view of the flow changed, from which on every sentence is
 * the same as before, only moved. Without an earlier check, every sentence is judged.
 */
export function checkDraft(reader: DraftReader, text: string, tolerance: number, reportDate: ReportDate | undefined, before?: CheckedDraft): CheckedDraft {
  const reparsed = before && before.tolerance === tolerance && sameDate(before.reportDate, reportDate) ? reparseProse(before.doc, before.text, text, textChange(before.text, text)) : undefined;
  if (!before || !reparsed) {
    const doc = parseProse(text);
    return { text, tolerance, reportDate, doc, sentences: walk(reader, doc, reportDate, DRAFT_START, reader.sentencesOf(text, doc.masked, doc.blocks)) };
  }
  const { doc, window } = reparsed;
  const kept = sentencesBefore(before.sentences, window.from);
  const flow = kept > 0 ? before.sentences[kept - 1].flow : DRAFT_START;
  const sentences = before.sentences.slice(0, kept);
  sentences.push(...walk(reader, doc, reportDate, flow, reader.sentencesOf(text, doc.masked, doc.blocks.slice(window.firstBlock, window.endBlock))));
  const rest = before.sentences.slice(sentencesBefore(before.sentences, window.oldTo));
  sentences.push(...rejoin(reader, doc, reportDate, sentences[sentences.length - 1]?.flow ?? flow, rest, movement(before.doc, doc, window)));
  return { text, tolerance, reportDate, doc, sentences };
}

/** What the draft's sentences found, in the draft's order. The findings are copies: the misquote rule completes some in place. */
export function foundIn(draft: CheckedDraft): Found {
  return {
    findings: draft.sentences.flatMap((s) => s.found.findings.map((f) => ({ ...f }))),
    supported: draft.sentences.flatMap((s) => s.found.supported),
    mentions: draft.sentences.flatMap((s) => s.found.mentions),
  };
}

/** Judges sentences in order, each with the flow the one before passed on. */
function walk(reader: DraftReader, doc: ProseDocument, reportDate: ReportDate | undefined, flow: Flow, inputs: Iterable<DraftSentence>): JudgedSentence[] {
  const out: JudgedSentence[] = [];
  for (const sentence of inputs) {
    const judged = judgeOne(reader, doc, reportDate, flow, sentence, statedYears(doc.masked, sentence.start, sentence.end));
    out.push(judged);
    flow = judged.flow;
  }
  return out;
}

function judgeOne(reader: DraftReader, doc: ProseDocument, reportDate: ReportDate | undefined, flow: Flow, sentence: DraftSentence, years: StatedYears): JudgedSentence {
  const view = viewOf(flow, sentence.section, sentence.listItem === true);
  const input = withFlow(sentence, contextYear(view, years), view, reportDate);
  const { entries, named, strangerSubject } = reader.judge(doc.masked, input);
  const found: Found = { findings: [], supported: [], mentions: [] };
  for (const e of entries) {
    const range = doc.lines.range(input.start + e.start, input.start + e.end);
    if (e.type === 'finding') found.findings.push({ ...e.finding, range });
    else if (e.type === 'support') found.supported.push({ ...e.support, range });
    else found.mentions.push({ ...e.mention, range });
  }
  return { sentence, years, view, flow: flowAfter(view, sentence, years, { named, strangerSubject }, reader.topicsOf), found };
}

/**
 * The sentence as the flow before it gives it to be read. Built field by field: the
 * object spread this replaces cost 2% of checking the 1,000-draft bench folder.
 */
function withFlow(sentence: DraftSentence, year: number | undefined, view: FlowView, reportDate: ReportDate | undefined): DraftSentence {
  const { start, end, claimSpans, citations, header, section, rowLabel, listItem, leadIn } = sentence;
  const read = view.leadIn ? [...header, ...view.leadIn] : header;
  return { start, end, claimSpans, citations, header: read, section, rowLabel, listItem, leadIn, contextYear: year, topics: view.topics, carried: view.carried, reportDate };
}

/** How the sentences after a re-parsed window move: in the draft, in lines, in section numbers. */
interface Movement {
  shift: number;
  lines: number;
  sections: number;
}

function movement(before: ProseDocument, after: ProseDocument, window: ReparsedWindow): Movement {
  return { shift: window.newTo - window.oldTo, lines: after.lines.lineOf(window.newTo) - before.lines.lineOf(window.oldTo), sections: window.sectionShift };
}

/**
 * The sentences after the window, moved: judged again while the flow they see differs
 * from what they saw before, and kept as they were from the first one that sees the same.
 */
function rejoin(reader: DraftReader, doc: ProseDocument, reportDate: ReportDate | undefined, flow: Flow, rest: JudgedSentence[], move: Movement): JudgedSentence[] {
  const out: JudgedSentence[] = [];
  for (let i = 0; i < rest.length; i++) {
    const sentence = moved(rest[i], move);
    if (sameView(viewOf(flow, sentence.sentence.section, sentence.sentence.listItem === true), sentence.view)) {
      out.push(sentence);
      for (let j = i + 1; j < rest.length; j++) out.push(moved(rest[j], move));
      return out;
    }
    const judged = judgeOne(reader, doc, reportDate, flow, sentence.sentence, sentence.years);
    out.push(judged);
    flow = judged.flow;
  }
  return out;
}

function moved(s: JudgedSentence, move: Movement): JudgedSentence {
  if (move.shift === 0 && move.lines === 0 && move.sections === 0) return s;
  const at = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start + move.shift, end: span.end + move.shift });
  const sentence: DraftSentence = { ...at(s.sentence), claimSpans: s.sentence.claimSpans.map(at), section: s.sentence.section + move.sections };
  const flow: Flow = { ...s.flow, section: s.flow.section + move.sections, ...(s.flow.named ? { named: { ...s.flow.named, section: s.flow.named.section + move.sections } } : {}) };
  return { ...s, sentence, flow, found: move.lines === 0 ? s.found : movedFound(s.found, move.lines) };
}

function movedFound(found: Found, lines: number): Found {
  const range = (r: Range): Range => ({ start: { ...r.start, line: r.start.line + lines }, end: { ...r.end, line: r.end.line + lines } });
  return {
    findings: found.findings.map((f) => ({ ...f, range: range(f.range) })),
    supported: found.supported.map((s) => ({ ...s, range: range(s.range) })),
    mentions: found.mentions.map((m) => ({ ...m, range: range(m.range) })),
  };
}

/** How many sentences start before an offset. */
function sentencesBefore(sentences: JudgedSentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].sentence.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameDate(a: ReportDate | undefined, b: ReportDate | undefined): boolean {
  return a?.year === b?.year && a?.month === b?.month && a?.day === b?.day && a?.at === b?.at;
}
