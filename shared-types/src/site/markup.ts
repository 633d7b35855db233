/**
 * The one escaper of text put into HTML or XML (pages' search snippets, mails, feeds):
 * the five characters with a meaning in markup become character references valid in
 * both (`&#39;`, not the XML-only `&apos;`). Nothing else changes, so markers inside
 * the text (search's \u0002 and \u0003) survive to be turned into <mark> afterwards.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const UNESCAPES: Record<string, string> = Object.fromEntries(Object.entries(ESCAPES).map(([char, entity]) => [entity, char]));

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** The text escapeMarkup escaped, back; other entities stay as written. */
export function unescapeMarkup(markup: string): string {
  return markup.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => UNESCAPES[entity]!);
}
