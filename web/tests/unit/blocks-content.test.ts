import type { BlocksContent as Blocks, BlocksInline, BlocksParagraph, BlocksText } from '@blmk/shared-types';
import { describe, expect, test } from 'vitest';
import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import BlocksContent from '../../app/components/blocks/BlocksContent.vue';

/** The HTML a blocks value renders to, without Vue's fragment markers. */
async function render(content: Blocks | null, topHeadingLevel?: number): Promise<string> {
  const html = await renderToString(createSSRApp({ render: () => h(BlocksContent, { content, topHeadingLevel }) }));
  return html.replace(/<!--[[\]]?-->/g, '');
}

const text = (value: string, marks: Omit<BlocksText, 'type' | 'text'> = {}): BlocksText => ({ type: 'text', text: value, ...marks });
const paragraph = (...children: BlocksInline[]): BlocksParagraph => ({ type: 'paragraph', children });

describe('BlocksContent renders every Strapi blocks node as semantic HTML', () => {
  test.each<[string, Blocks, string]>([
    ['a paragraph', [paragraph(text('Hello'))], '<p>Hello</p>'],
    ['empty paragraphs are left out', [paragraph(text('')), paragraph(text('  ')), paragraph(text('Text'))], '<p>Text</p>'],
    [
      'every text mark',
      [paragraph(text('b', { bold: true }), text('i', { italic: true }), text('u', { underline: true }), text('s', { strikethrough: true }), text('c', { code: true }))],
      '<p><strong>b</strong><em>i</em><u>u</u><s>s</s><code>c</code></p>',
    ],
    ['marks nest', [paragraph(text('all', { bold: true, italic: true, code: true }))], '<p><strong><em><code>all</code></em></strong></p>'],
    [
      'a link',
      [paragraph(text('contact '), { type: 'link', url: 'mailto:merger@ldh.nhs.uk', children: [text('merger@ldh.nhs.uk')] })],
      '<p>contact <a href="mailto:merger@ldh.nhs.uk">merger@ldh.nhs.uk</a></p>',
    ],
    [
      'a link with no usable address is plain text',
      [paragraph(text('clicking '), { type: 'link', url: '#', children: [text('here')] }, text('.'))],
      '<p>clicking here.</p>',
    ],
    ['a javascript: link is plain text', [paragraph({ type: 'link', url: 'javascript:alert(1)', children: [text('x')] })], '<p>x</p>'],
    [
      'headings start at the requested level and keep their steps',
      [
        { type: 'heading', level: 2, children: [text('Catching it early')] },
        { type: 'heading', level: 3, children: [text('FiT')] },
      ],
      '<h2>Catching it early</h2><h3>FiT</h3>',
    ],
    [
      'an unordered list',
      [{ type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('one')] }, { type: 'list-item', children: [text('two')] }] }],
      '<ul><li>one</li><li>two</li></ul>',
    ],
    [
      'a nested list goes inside the item before it',
      [
        {
          type: 'list',
          format: 'ordered',
          children: [
            { type: 'list-item', children: [text('P3')] },
            { type: 'list', format: 'unordered', indentLevel: 1, children: [{ type: 'list-item', children: [text('P3.1')] }] },
            { type: 'list-item', children: [text('P4')] },
          ],
        },
      ],
      '<ol><li>P3<ul><li>P3.1</li></ul></li><li>P4</li></ol>',
    ],
    ['a quote', [{ type: 'quote', children: [text('No change is not an option.')] }], '<blockquote><p>No change is not an option.</p></blockquote>'],
    ['code', [{ type: 'code', language: 'text', children: [text('a < b')] }], '<pre><code>a &lt; b</code></pre>'],
    [
      'an image with its alt text and caption',
      [
        {
          type: 'image',
          image: {
            name: 'poynt.jpg',
            alternativeText: 'The Poynt, Luton',
            caption: 'Our offices',
            url: '/uploads/poynt_1a2b.jpg',
            width: 800,
            height: 600,
            hash: 'poynt_1a2b',
            ext: '.jpg',
            mime: 'image/jpeg',
            size: 80,
            provider: 'local',
            createdAt: '',
            updatedAt: '',
          },
          children: [{ type: 'text', text: '' }],
        },
      ],
      '<figure><img src="/uploads/poynt_1a2b.jpg" alt="The Poynt, Luton" width="800" height="600" loading="lazy"><figcaption>Our offices</figcaption></figure>',
    ],
    [
      "an image with Strapi's resized copies: srcset and sizes from them, never the upload",
      [
        {
          type: 'image',
          image: {
            name: 'poynt.jpg',
            alternativeText: 'The Poynt, Luton',
            url: '/uploads/poynt_1a2b.jpg',
            width: 3000,
            height: 2000,
            formats: {
              small: { name: 'small', hash: 'small_poynt', ext: '.jpg', mime: 'image/jpeg', path: null, width: 500, height: 333, size: 30, sizeInBytes: 30_000, url: '/uploads/small_poynt.jpg' },
              medium: { name: 'medium', hash: 'medium_poynt', ext: '.jpg', mime: 'image/jpeg', path: null, width: 750, height: 500, size: 60, sizeInBytes: 60_000, url: '/uploads/medium_poynt.jpg' },
            },
            hash: 'poynt_1a2b',
            ext: '.jpg',
            mime: 'image/jpeg',
            size: 900,
            provider: 'local',
            createdAt: '',
            updatedAt: '',
          },
          children: [{ type: 'text', text: '' }],
        },
      ],
      '<figure><img src="/uploads/medium_poynt.jpg" srcset="/uploads/small_poynt.jpg 500w, /uploads/medium_poynt.jpg 750w" sizes="(min-width: 1024px) 960px, 100vw" alt="The Poynt, Luton" width="750" height="500" loading="lazy"></figure>',
    ],
    ['text is escaped, never HTML', [paragraph(text('<script>alert("x")</script>'))], '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>'],
    ['an unknown node type is left out', [{ type: 'video' } as unknown as Blocks[number], paragraph(text('after'))], '<p>after</p>'],
  ])('%s', async (_name, content, expected) => {
    expect(await render(content)).toBe(expected);
  });

  test('nothing at all for null content', async () => {
    expect(await render(null)).toBe('');
  });

  test.each([
    [4, '<h4>Catching it early</h4><h5>FiT</h5>'],
    [6, '<h6>Catching it early</h6><h6>FiT</h6>'],
  ])('top heading level %i', async (level, expected) => {
    const content: Blocks = [
      { type: 'heading', level: 2, children: [text('Catching it early')] },
      { type: 'heading', level: 3, children: [text('FiT')] },
    ];
    expect(await render(content, level)).toBe(expected);
  });
});
