/** A page of the site as a browser without JavaScript gets it: status and HTML. */
export interface FetchedPage {
  status: number;
  html: string;
  /** The visible text, tags removed and entities decoded, whitespace collapsed. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

export function decodeEntities(html: string): string {
  return html.replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (whole, name: string) => {
    if (name in ENTITIES) return ENTITIES[name]!;
    if (/^#x/i.test(name)) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return whole;
  });
}

/** Elements that flow within a line: removing them must not add a space, as a browser adds none. */
const INLINE_TAGS = /<\/?(?:a|abbr|b|code|em|i|s|small|span|strong|sub|sup|time|u)(?:\s[^>]*)?>/gi;

export function textOf(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(INLINE_TAGS, '')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(body).replace(/\s+/g, ' ').trim();
}

/** The text of every element `tag` in document order, e.g. headingsOf(html, 'h2'). */
export function elementsOf(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi'))].map((match) => textOf(match[1]!));
}

export async function fetchPage(baseUrl: string, path: string): Promise<FetchedPage> {
  // Ask for HTML as a browser does: Nuxt answers JSON errors to clients that do not.
  const response = await fetch(new URL(path, baseUrl), { headers: { accept: 'text/html' }, redirect: 'manual' });
  const html = await response.text();
  return { status: response.status, html, text: textOf(html) };
}
