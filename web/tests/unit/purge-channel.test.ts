import { afterEach, expect, test } from 'vitest';
import { applyPublishedPurge, purgeChannel } from '../../server/send-cache/purge-channel';
import { pageHeads } from '../../server/send-cache/heads';
import { forgetPages, freshPage, keepPage } from '../../server/send-cache/store';

function keep(url: string): void {
  const identity = Buffer.from(`<p>${url}</p>`);
  const headers = { 'content-type': 'text/html;charset=utf-8' };
  keepPage(url, { url, page: url.split('?')[0]!, etag: `W/"${url}"`, headers, identity, coded: {}, freshUntil: Date.now() + 60_000, ...pageHeads(headers, `W/"${url}"`, { identity }) });
}

afterEach(() => forgetPages(() => true));

test('a purge published by another process drops exactly the pages it names here', () => {
  for (const url of ['/news', '/news?page=2', '/pl/news/a', '/events']) keep(url);
  applyPublishedPurge(JSON.stringify({ paths: ['/news'], prefixes: ['/pl/news/'], everything: false }));
  expect(freshPage('/news')).toBeUndefined();
  expect(freshPage('/news?page=2')).toBeUndefined();
  expect(freshPage('/pl/news/a')).toBeUndefined();
  expect(freshPage('/events')).toBeDefined();
  applyPublishedPurge(JSON.stringify({ paths: [], prefixes: [], everything: true }));
  expect(freshPage('/events')).toBeUndefined();
});

test.each(['not json', '{}', 'null', '[]', '{"paths":"/news","prefixes":[],"everything":false}', '{"paths":[1],"prefixes":[],"everything":false}', '{"paths":[],"prefixes":[],"everything":"yes"}'])(
  'a message that is not a purge (%s) is ignored and drops nothing',
  (message) => {
    keep('/news');
    expect(() => applyPublishedPurge(message)).not.toThrow();
    expect(freshPage('/news')).toBeDefined();
  },
);

test('each site (cache prefix) has its own channel', () => {
  expect(purgeChannel('blmk-site')).not.toBe(purgeChannel('blmk-staging'));
});
