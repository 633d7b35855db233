/**
 * Strapi "blocks" rich text to mail HTML and plain text. Mail clients need plain
 * markup: paragraphs, headings, lists, links; nothing that needs a stylesheet.
 */
import { escapeMarkup } from '@blmk/shared-types';

interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}
interface LinkNode {
  type: 'link';
  url: string;
  children: InlineNode[];
}
type InlineNode = TextNode | LinkNode;

export interface Block {
  type: string;
  level?: number;
  format?: 'ordered' | 'unordered';
  indentLevel?: number;
  children?: Array<InlineNode | Block>;
  image?: { url?: string; alternativeText?: string | null };
}

/** Only web and mail links survive into a mail; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | undefined | null, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, `${base}/`);
    return ['http:', 'https:', 'mailto:'].includes(resolved.protocol) ? resolved.toString() : undefined;
  } catch {
    return undefined;
  }
}

function isInline(node: InlineNode | Block): node is InlineNode {
  return node.type === 'text' || node.type === 'link';
}

function inlineHtml(nodes: Array<InlineNode | Block> | undefined, base: string): string {
  return (nodes ?? [])
    .filter(isInline)
    .map((node) => {
      if (node.type === 'link') {
        const href = safeUrl(node.url, base);
        const inner = inlineHtml(node.children, base);
        return href ? `<a href="${escapeMarkup(href)}">${inner}</a>` : inner;
      }
      let html = escapeMarkup(node.text);
      if (node.code) html = `<code>${html}</code>`;
      if (node.bold) html = `<strong>${html}</strong>`;
      if (node.italic) html = `<em>${html}</em>`;
      if (node.underline) html = `<u>${html}</u>`;
      if (node.strikethrough) html = `<s>${html}</s>`;
      return html;
    })
    .join('');
}

function inlineText(nodes: Array<InlineNode | Block> | undefined, base: string): string {
  return (nodes ?? [])
    .filter(isInline)
    .map((node) => {
      if (node.type === 'text') return node.text;
      const text = inlineText(node.children, base);
      const href = safeUrl(node.url, base);
      return href && href !== text ? `${text} (${href})` : text;
    })
    .join('');
}

/**
 * Strapi's blocks editor saves a nested list among its parent's list items, after the
 * item it belongs to; it goes inside that item, as HTML nests lists.
 */
function listHtml(list: Block, base: string): string {
  const items: string[] = [];
  for (const child of list.children ?? []) {
    if (child.type === 'list') {
      const nested = listHtml(child as Block, base);
      if (items.length) items[items.length - 1] += nested;
      else items.push(nested);
    } else {
      items.push(inlineHtml((child as Block).children, base));
    }
  }
  const tag = list.format === 'ordered' ? 'ol' : 'ul';
  return `<${tag}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;
}

function listText(list: Block, base: string, depth: number): string {
  const indent = '  '.repeat(depth);
  let number = 0;
  return (list.children ?? [])
    .map((child) => {
      if (child.type === 'list') return listText(child as Block, base, depth + 1);
      number += 1;
      return `${indent}${list.format === 'ordered' ? `${number}.` : '-'} ${inlineText((child as Block).children, base)}`;
    })
    .join('\n');
}

/**
 * @param headingOffset heading levels in the blocks are shifted down by this much, so
 *   a block heading inside a section never outranks the section's own heading.
 */
export function blocksToHtml(blocks: Block[] | null | undefined, base: string, headingOffset = 2): string {
  return (blocks ?? [])
    .map((block) => {
      switch (block.type) {
        case 'heading': {
          const level = Math.min(6, (block.level ?? 2) + headingOffset);
          return `<h${level}>${inlineHtml(block.children, base)}</h${level}>`;
        }
        case 'list':
          return listHtml(block, base);
        case 'quote':
          return `<blockquote>${inlineHtml(block.children, base)}</blockquote>`;
        case 'image': {
          const src = safeUrl(block.image?.url, base);
          return src ? `<p><img src="${escapeMarkup(src)}" alt="${escapeMarkup(block.image?.alternativeText ?? '')}" style="max-width:100%;height:auto"></p>` : '';
        }
        case 'code':
          return `<pre>${inlineHtml(block.children, base)}</pre>`;
        default:
          return `<p>${inlineHtml(block.children, base)}</p>`;
      }
    })
    .join('\n');
}

export function blocksToText(blocks: Block[] | null | undefined, base: string): string {
  return (blocks ?? [])
    .map((block) => {
      if (block.type === 'list') return listText(block, base, 0);
      if (block.type === 'image') return block.image?.alternativeText ? `[Image: ${block.image.alternativeText}]` : '';
      return inlineText(block.children, base);
    })
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}
