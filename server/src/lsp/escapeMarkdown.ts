/**
 * Text from drafts and sources is untrusted: in a hover it must read as plain text,
 * never as a link, an image, raw HTML or an entity. Every ASCII punctuation mark gets
 * a backslash (CommonMark allows that for all of them), and line breaks become
 * spaces so that a quote cannot open a new block.
 */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(PUNCTUATION, '\\$&');
}
