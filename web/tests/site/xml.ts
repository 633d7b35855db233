/**
 * Just enough XML for tests of the feeds and the sitemap: a well-formedness check
 * (every tag closed in order, one root, only the five predefined entities) and the
 * text of elements by name.
 */
export function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  for (const match of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/g)) {
    const [whole, closing, name, , selfClosing] = match;
    if (!name) throw new Error(`Stray ${whole} at ${match.index}: ${body.slice(match.index, match.index + 40)}`);
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes the wrong element at ${match.index}`);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
  }
  if (stack.length > 0) throw new Error(`Unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function xmlTexts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g'))].map((match) =>
    match[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => ENTITIES[entity]!),
  );
}

/** Each <tag>…</tag> block, e.g. the items of a feed. */
export function xmlBlocks(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>[\\s\\S]*?</${name}>`, 'g'))].map((match) => match[0]);
}
