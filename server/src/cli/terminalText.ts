/**
 * Text from a draft, a source or a fact file, made safe for one line of a terminal:
 * control characters (escape sequences among them) and line breaks are shown as
 * escapes instead of acting.
 */
export function terminalText(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
