import { entryPath, type SearchHit } from '@blmk/shared-types';

/** A piece of a snippet: plain text, marked (a matched word) or not. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (html: string): string => html.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);

/**
 * Splits the CMS's snippet HTML into text and marked parts, so a page renders it with
 * text interpolation and <mark> elements, never v-html: whatever the CMS sends, no
 * markup but <mark> reaches the reader.
 */
export function snippetParts(html: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(html.slice(last, match.index)), marked: false });
    parts.push({ text: decode(match[1]!), marked: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ text: decode(html.slice(last)), marked: false });
  return parts.filter((part) => part.text !== '');
}

/** Where a result is read: its own page, in the results' locale. */
export function searchHitPath(hit: Pick<SearchHit, 'type' | 'slug' | 'locale'>): string {
  return entryPath(hit.type, hit.slug ?? '', hit.locale);
}
