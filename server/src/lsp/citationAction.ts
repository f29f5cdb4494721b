import { CodeActionKind, TextEdit, type CodeAction, type Range } from 'vscode-languageserver/node';
import type { CheckedDocument } from './documentChecks';
import { sourceCitation } from '../shared/sourceDetails';

/**
 * "Insert citation": a footnote reference right after the claim, and, unless the
 * draft already has one, the footnote naming the source at the end of the draft.
 * The source id is the footnote label, so citing the same source twice shares it.
 */
export function citationAction(claim: Range, factId: string, checked: CheckedDocument): CodeAction | undefined {
  const fact = checked.checker.fact(factId);
  const source = fact && checked.checker.source(fact.source);
  if (!source) return undefined;
  const reference = `[^${source.id}]`;
  const lines = checked.text.split('\n');
  if (lines[claim.end.line]?.slice(claim.end.character).startsWith(reference)) return undefined;
  const edits = [TextEdit.insert(claim.end, reference)];
  if (!hasDefinition(checked.text, reference)) edits.push(definitionEdit(lines, `${reference}: ${sourceCitation(source)}.`));
  return {
    title: `Cite “${source.title}”`,
    kind: CodeActionKind.RefactorRewrite,
    edit: { changes: { [checked.uri]: edits } },
  };
}

function hasDefinition(text: string, reference: string): boolean {
  return text.split('\n').some((line) => line.startsWith(`${reference}:`));
}

/** Footnotes go last, after one blank line. */
function definitionEdit(lines: string[], definition: string): TextEdit {
  const lastLine = lines.length - 1;
  const end = { line: lastLine, character: lines[lastLine].length };
  const endsWithNewline = lines[lastLine] === '';
  const lastText = endsWithNewline ? lines[lastLine - 1] ?? '' : lines[lastLine];
  const gap = endsWithNewline ? (lastText === '' || /^\[\^[^\]]+\]:/.test(lastText) ? '' : '\n') : '\n\n';
  return TextEdit.insert(end, `${gap}${definition}\n`);
}
