/** The length of a YAML or TOML front matter block at the very start of a draft, or 0. */
export function frontMatterLength(text: string): number {
  const m = /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}
