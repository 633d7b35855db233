/**
 * Both databases mark matches with two control characters that indexed text never
 * contains (documents.ts strips them). Turning them into <mark> after escaping the
 * rest keeps the snippet safe to render as HTML, whatever an editor wrote.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

export function snippetHtml(marked: string): string {
  const escaped = escapeHtml(marked.replace(/\s+/g, ' ').trim());
  return escaped
    .replace(/\u0002([^\u0002\u0003]*)\u0003/g, '<mark>$1</mark>')
    .replace(/[\u0002\u0003]/g, '');
}
