/**
 * Turns the seed data's rich text into Strapi's blocks format (the JSON the Blocks
 * editor stores): https://docs.strapi.io/cms/features/content-type-builder#blocks
 */
import type { Block, Heading, Link, List, Paragraph, PlainText, RichText } from './data/types.ts';

export interface TextNode {
  type: 'text';
  text: string;
}

export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}

export type InlineNode = TextNode | LinkNode;

export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 2 | 3; children: InlineNode[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: ListItemNode[] }

export interface ListItemNode {
  type: 'list-item';
  children: InlineNode[];
}

function textNode(text: string): TextNode {
  return { type: 'text', text };
}

function inlineNode(part: string | Link): InlineNode {
  return typeof part === 'string' ? textNode(part) : { type: 'link', url: part.url, children: [textNode(part.link)] };
}

function inlineNodes(paragraph: Paragraph): InlineNode[] {
  return typeof paragraph === 'string' ? [textNode(paragraph)] : paragraph.parts.map(inlineNode);
}

function isHeading(block: Block): block is Heading {
  return typeof block === 'object' && 'heading' in block;
}

function isList(block: Block): block is List {
  return typeof block === 'object' && 'items' in block;
}

function blockNode(block: Block): BlockNode {
  if (isHeading(block)) return { type: 'heading', level: block.level ?? 2, children: [textNode(block.heading)] };
  if (isList(block)) {
    return {
      type: 'list',
      format: block.ordered ? 'ordered' : 'unordered',
      children: block.items.map((item) => ({ type: 'list-item', children: inlineNodes(item) })),
    };
  }
  return { type: 'paragraph', children: inlineNodes(block) };
}

export function toBlocks(text: RichText): BlockNode[] {
  return text.map(blockNode);
}

/** Text made of pieces becomes one string; plain strings stay as they are. */
export function plainText(text: PlainText): string {
  return typeof text === 'string' ? text : text.join.join(text.with);
}
