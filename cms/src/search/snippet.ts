import { escapeMarkup } from '@blmk/shared-types';

/**
 * Both databases mark matches with two control characters that indexed text never
 * contains (documents.ts strips them). Turning them into <mark> after escaping the
 * rest keeps the snippet safe to render as HTML, whatever an editor wrote.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export function snippetHtml(marked: string): string {
  const escaped = escapeMarkup(marked.replace(/\s+/g, ' ').trim());
  /* eslint-disable no-control-regex -- the markers are control characters by design */
  return escaped
    .replace(/\u0002([^\u0002\u0003]*)\u0003/g, '<mark>$1</mark>')
    .replace(/[\u0002\u0003]/g, '');
  /* eslint-enable no-control-regex */
}

const BASIC_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/** Undoes the escaping of & < > that ts_headline's input gets (query.ts), in one pass. */
export function decodePostgresHeadline(headline: string): string {
  return headline.replace(/&(?:amp|lt|gt);/g, (entity) => BASIC_ENTITIES[entity]!);
}
