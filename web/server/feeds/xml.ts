import { escapeMarkup } from '@blmk/shared-types';

/** Half of a UTF-16 pair without the other half (from JSON's "\ud800"): no character at all, XML forbids it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** XML text and attribute values, escaped; characters XML 1.0 forbids are dropped. */
export function escapeXml(value: string): string {
  // eslint-disable-next-line no-control-regex -- the point is to remove control characters
  return escapeMarkup(value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(LONE_SURROGATE, ''));
}

/** `<name>text</name>`, or nothing when there is no text. */
export function element(name: string, text: string | null | undefined, attributes: Record<string, string> = {}): string {
  if (text === null || text === undefined || text === '') return '';
  return `<${name}${attributesOf(attributes)}>${escapeXml(text)}</${name}>`;
}

export function emptyElement(name: string, attributes: Record<string, string>): string {
  return `<${name}${attributesOf(attributes)}/>`;
}

function attributesOf(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
