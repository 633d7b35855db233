import type { BlocksContent } from '@blmk/shared-types';

/** The words of a node and its children, for structured data and meta descriptions. */
function textOf(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const { text, children } = node as { text?: unknown; children?: unknown };
  if (typeof text === 'string') return text;
  return Array.isArray(children) ? children.map(textOf).join('') : '';
}

/** Rich text as plain text, one block per paragraph. */
export function blocksToText(blocks: BlocksContent | null | undefined): string {
  return (blocks ?? [])
    .map(textOf)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n\n');
}
