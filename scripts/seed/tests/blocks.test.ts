import { describe, expect, test } from 'vitest';
import { plainText, toBlocks, type BlockNode, type TextNode } from '../blocks.ts';
import { composed, linked, mail } from '../data/inline.ts';
import type { PlainText, RichText } from '../data/types.ts';

const text = (value: string): TextNode => ({ type: 'text', text: value });

describe('toBlocks', () => {
  test.each<[string, RichText, BlockNode[]]>([
    ['nothing', [], []],
    ['a plain paragraph', ['One sentence.'], [{ type: 'paragraph', children: [text('One sentence.')] }]],
    [
      'paragraphs keep their order',
      ['First.', 'Second.'],
      [
        { type: 'paragraph', children: [text('First.')] },
        { type: 'paragraph', children: [text('Second.')] },
      ],
    ],
    ['a heading is level 2 by default', [{ heading: 'Catching it early' }], [{ type: 'heading', level: 2, children: [text('Catching it early')] }]],
    ['a heading keeps its level', [{ heading: 'Sub', level: 3 }], [{ type: 'heading', level: 3, children: [text('Sub')] }]],
    [
      'a paragraph with an e-mail link',
      [linked('Email ', mail('a@b.nhs.uk'), '.')],
      [
        {
          type: 'paragraph',
          children: [text('Email '), { type: 'link', url: 'mailto:a@b.nhs.uk', children: [text('a@b.nhs.uk')] }, text('.')],
        },
      ],
    ],
    [
      'an unordered list',
      [{ items: ['One', 'Two'] }],
      [
        {
          type: 'list',
          format: 'unordered',
          children: [
            { type: 'list-item', children: [text('One')] },
            { type: 'list-item', children: [text('Two')] },
          ],
        },
      ],
    ],
    [
      'an ordered list with a link',
      [{ items: [linked('See ', { link: 'site', url: 'https://example.org' })], ordered: true }],
      [
        {
          type: 'list',
          format: 'ordered',
          children: [
            { type: 'list-item', children: [text('See '), { type: 'link', url: 'https://example.org', children: [text('site')] }] },
          ],
        },
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(toBlocks(input)).toEqual(expected);
  });
});

describe('plainText', () => {
  test.each<[PlainText, string]>([
    ['As written.', 'As written.'],
    [composed(': ', 'Have your say', 'Rufus Centre'), 'Have your say: Rufus Centre'],
    [composed(' ', 'First sentence.', 'Second sentence.'), 'First sentence. Second sentence.'],
  ])('%j', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});
