import type { Finding, NameMention, QuoteLocation, Source, SourcePassage, Support } from '../engine/index';
import type { CheckedDocument } from './documentChecks';
import { escapeMarkdown } from './escapeMarkdown';
import { valueSpan } from './quoteEmphasis';
import { factFileUri } from './uris';
import { sourceDate } from '../shared/sourceDetails';

/**
 * Hover text, in Markdown. Everything that comes from a draft or a source passes
 * through escapeMarkdown; the only link is the one built here from the fact base's
 * own file path.
 */

export function findingHover(finding: Finding, checked: CheckedDocument): string {
  const hints = [finding.expected, finding.fix?.newText].filter((h): h is string => Boolean(h));
  // The editor shows the diagnostic's own message beside the hover; repeat only the verdict.
  const verdict = finding.expected ? `the source says ${escapeMarkdown(finding.expected)}` : escapeMarkdown(finding.message);
  const heading = `**Source Check** · ${escapeMarkdown(finding.rule)} · ${verdict}`;
  const section = finding.passage ? passageSection(finding.passage, checked) : finding.factId ? factSection(finding.factId, hints, checked) : [];
  return [heading, ...section].join('\n\n');
}

export function supportHover(support: Support, checked: CheckedDocument): string {
  return ['**Source Check** · supported by the source', ...factSection(support.factId, [support.claimText], checked)].join('\n\n');
}

export function mentionHover(mention: NameMention, checked: CheckedDocument): string | undefined {
  const entity = checked.checker.entity(mention.entityId);
  if (!entity) return undefined;
  const lines = [`**${escapeMarkdown(entity.name)}** · ${escapeMarkdown(entity.kind)}`];
  if (entity.aliases.length > 0) lines.push(`Also written: ${entity.aliases.map(escapeMarkdown).join(', ')}`);
  return lines.join('\n\n');
}

function factSection(factId: string, hints: string[], checked: CheckedDocument): string[] {
  const { checker } = checked;
  const fact = checker.fact(factId);
  if (!fact) return [];
  const section = [escapeMarkdown(checker.describe(factId) ?? fact.event), `> ${emphasised(fact.quote, hints)}`];
  const source = checker.source(fact.source);
  if (source) section.push(sourceLine(source, checker.quoteLocation(factId), checked));
  return section;
}

/** A misquote's source passage, the words the quotation changed or left out in bold. */
function passageSection(passage: SourcePassage, checked: CheckedDocument): string[] {
  let marked = '';
  let at = 0;
  for (const m of passage.marked) {
    marked += `${escapeMarkdown(passage.text.slice(at, m.start))}**${escapeMarkdown(passage.text.slice(m.start, m.end))}**`;
    at = m.end;
  }
  const section = [`> ${marked}${escapeMarkdown(passage.text.slice(at))}`];
  const source = checked.checker.source(passage.sourceId);
  if (source) section.push(sourceLine(source, passage, checked, 'passage'));
  return section;
}

function emphasised(quote: string, hints: string[]): string {
  const span = valueSpan(quote, hints);
  if (!span) return escapeMarkdown(quote);
  const [head, value, tail] = [quote.slice(0, span.start), quote.slice(span.start, span.end), quote.slice(span.end)];
  return `${escapeMarkdown(head)}**${escapeMarkdown(value)}**${escapeMarkdown(tail)}`;
}

function sourceLine(source: Source, location: Pick<QuoteLocation, 'file' | 'range'> | undefined, checked: CheckedDocument, what = 'quote'): string {
  const about = [source.author, source.date ? sourceDate(source.date) : undefined].filter((t): t is string => Boolean(t));
  const line = [`*${escapeMarkdown(source.title)}*`, ...about.map(escapeMarkdown)].join(' · ');
  if (!location) return line;
  const target = `${factFileUri(checked.dir, location.file)}#L${location.range.start.line + 1}`;
  return `${line} · [open the source at the ${what}](${linkDestination(target)})`;
}

/** Parentheses and spaces would end a Markdown link destination early. */
function linkDestination(uri: string): string {
  return uri.replace(/[() ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
