import { unstatedValue } from '../factbase/statedValue';
import type { Fact } from '../factbase/schema';
import type { Found, SourceSentence } from './found';
import { slug } from './ids';
import { keywordsNear } from './keywords';
import { referredEntities } from './referredEntities';
import { eventLine, quoteSpan, type Span } from './quote';

/**
 * A value read in a source sentence, as a fact for review. Its quote is a slice of the
 * source, and its id is unique once the caller makes it so; when the clause quoted does not state the value (a day whose month stands
 * earlier in the sentence), the whole sentence is; when not even that does, nothing is proposed.
 */
export function toFact(s: SourceSentence, found: Found, text: string, sourceId: string): Fact | undefined {
  const sentence = { start: s.read.ctx.start, end: s.read.ctx.end };
  const spans = found.wholeSentence ? [quoteSpan(text, sentence, sentence, [])] : [quoteSpan(text, sentence, found.span, s.read.ctx.breaks), quoteSpan(text, sentence, sentence, [])];
  for (const span of spans) {
    const fact = factAt(s, found, text, span, sourceId);
    if (unstatedValue(fact) === undefined) return fact;
  }
  return undefined;
}

function factAt(s: SourceSentence, found: Found, text: string, quote: Span, sourceId: string): Fact {
  const mentions = s.read.ctx.mentions.filter((m) => m.start >= quote.start && m.end <= quote.end);
  const others = new Set(found.others);
  const named = [...(found.entities ?? []), ...valueEntities(found), ...mentions.map((m) => m.entityId)];
  const entities = [...new Set([...named, ...referredEntities(text, quote, s.earlier, s.parts.entities)])].filter((id) => !others.has(id));
  const quoteText = text.slice(quote.start, quote.end);
  return {
    id: `${slug(sourceId, 3)}-${found.label}-${valueSlug(found)}`,
    source: sourceId,
    event: eventLine(quoteText),
    entities,
    keywords: keywordsNear(text, quote, found.span, mentions),
    value: found.value,
    ...(found.when ? { when: found.when } : {}),
    ...(found.when && found.whenInferred ? { whenInferred: found.whenInferred } : {}),
    quote: quoteText,
    ...(found.note ? { note: found.note } : {}),
  };
}

function valueEntities(found: Found): string[] {
  const v = found.value;
  if (v.type === 'role') return v.of ? [v.person, v.of] : [v.person];
  return v.type === 'entity' ? [v.entity] : [];
}

function valueSlug(found: Found): string {
  const v = found.value;
  switch (v.type) {
    case 'date':
      return [v.date.year, v.date.month, v.date.day, v.date.season].filter((x) => x !== undefined).join('-');
    case 'dateRange':
      return `${v.from.year}-${v.to.year}`;
    case 'role':
      return slug(`${v.person} ${v.title}`, 6);
    case 'entity':
      return v.entity;
    case 'age':
      return String(v.years);
    case 'quantity':
    case 'duration':
      return slug(`${v.amount} ${v.unit}`, 3);
    case 'money':
      return slug(`${v.amount} ${v.currency}`, 3);
    case 'count':
    case 'ordinal':
      return slug(`${v.amount} ${v.noun}`, 3);
    case 'time':
      return `${v.hour}-${String(v.minute).padStart(2, '0')}`;
    case 'percent':
      return slug(`${v.amount} percent`, 3);
    case 'scale':
      return slug(`${v.name} ${v.amount}`, 3);
  }
}
