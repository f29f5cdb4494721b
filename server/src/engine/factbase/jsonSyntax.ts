import { createScanner, ParseErrorCode, SyntaxKind, type ParseError } from 'jsonc-parser';

/** A JSON syntax error in plain words, placed at its cause rather than where the parser noticed it. */
export interface SyntaxProblem {
  offset: number;
  message: string;
}

/**
 * The first syntax error of a file explained. Only the first: after it the parser
 * guesses, and the errors it reports next mostly follow from the first one.
 */
export function describeSyntaxError(text: string, error: ParseError): SyntaxProblem {
  const token = text.slice(error.offset, error.offset + error.length);
  const before = previousNonSpace(text, error.offset);
  if (isCloser(token) && text[before] === ',') {
    return { offset: before, message: `trailing comma: JSON allows no comma after the last item before "${token}"; remove it` };
  }
  const open = innermostOpen(text, error.offset);
  if (isCloser(token) && open && open !== OPENER[token]) {
    return { offset: error.offset, message: `"${token}" closes the wrong bracket: the "${open}" before it is still open (a "${CLOSER[open]}" is missing)` };
  }
  switch (error.error) {
    case ParseErrorCode.CommaExpected:
      return { offset: before >= 0 ? before + 1 : error.offset, message: 'missing comma: add a comma here, between this item and the next' };
    case ParseErrorCode.UnexpectedEndOfString:
      return { offset: error.offset, message: 'unclosed string: it has no closing " before the end of its line' };
    case ParseErrorCode.InvalidSymbol:
      return { offset: error.offset, message: invalidSymbol(token, text.slice(error.offset + error.length).trimStart()[0]) };
    case ParseErrorCode.InvalidCommentToken:
    case ParseErrorCode.UnexpectedEndOfComment:
      return { offset: error.offset, message: 'comments are not allowed in fact files: put an explanation in a "note" field' };
    case ParseErrorCode.CloseBraceExpected:
      return { offset: error.offset, message: 'the file ends before a "}" that closes an object' };
    case ParseErrorCode.CloseBracketExpected:
      return { offset: error.offset, message: 'the file ends before a "]" that closes a list' };
    case ParseErrorCode.ColonExpected:
      return { offset: before >= 0 ? before + 1 : error.offset, message: 'missing colon: a key is followed by ":" and its value' };
    case ParseErrorCode.EndOfFileExpected:
      return { offset: error.offset, message: 'text after the end: a fact file holds one {…} object' };
    case ParseErrorCode.InvalidEscapeCharacter:
      return { offset: error.offset, message: `invalid escape in ${token}: a backslash in a string is written \\\\` };
    case ParseErrorCode.InvalidUnicode:
      return { offset: error.offset, message: 'invalid \\u escape: it takes four hexadecimal digits' };
    case ParseErrorCode.InvalidCharacter:
      return { offset: error.offset, message: 'a tab or line break inside a string: write \\t or \\n instead' };
    case ParseErrorCode.InvalidNumberFormat:
    case ParseErrorCode.UnexpectedEndOfNumber:
      return { offset: error.offset, message: `invalid number ${token}: JSON numbers have no leading zeros, "+" or trailing "."` };
    case ParseErrorCode.PropertyNameExpected:
      return { offset: error.offset, message: 'a key in double quotes was expected here' };
    default:
      return { offset: error.offset, message: text.trim() === '' ? 'the file is empty: it needs one {…} object' : 'a value was expected here' };
  }
}

function invalidSymbol(token: string, next: string | undefined): string {
  if (/^['‘’]/u.test(token)) return `single quotes in ${token}: JSON takes straight double quotes (")`;
  if (/^[“”]/u.test(token)) return `curly quotes in ${token}: JSON takes straight double quotes (")`;
  if (next === ':') return `unquoted key ${token}: put it in double quotes`;
  if (/^(True|False|Null|TRUE|FALSE|NULL|undefined|None)$/.test(token)) return `${token} is not JSON: write true, false or null in lowercase`;
  return `unexpected ${token}: a value is a "string", a number, true, false, null, {…} or […]`;
}

const OPENER: Record<string, string> = { '}': '{', ']': '[' };
const CLOSER: Record<string, string> = { '{': '}', '[': ']' };

/** The bracket still open at `offset`, "{" or "[". */
function innermostOpen(text: string, offset: number): string | undefined {
  const scanner = createScanner(text, false);
  const stack: string[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF && scanner.getTokenOffset() < offset; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) stack.push(kind === SyntaxKind.OpenBraceToken ? '{' : '[');
    else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) stack.pop();
  }
  return stack.at(-1);
}

function isCloser(token: string): boolean {
  return token === '}' || token === ']';
}

/** The offset of the last character before `offset` that is not white space, or -1. */
function previousNonSpace(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i;
}
