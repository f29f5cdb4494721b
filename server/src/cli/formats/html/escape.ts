/** Text and attribute values alike: everything from a draft or a source goes through here. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'\u0000]/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\u0000': '\uFFFD' };

/** A link target only for the web's own schemes: a source's `javascript:` or `data:` URL stays text. */
export function webUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
