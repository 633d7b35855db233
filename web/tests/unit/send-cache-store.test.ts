import { expect, test } from 'vitest';
import { pageHeads } from '../../server/send-cache/heads';
import { forgetPages, freshPage, keepPage, type SentPage } from '../../server/send-cache/store';

const MB = 1024 * 1024;

function sentPage(url: string, bytes: number, freshUntil = Date.now() + 60_000): SentPage {
  const identity = Buffer.alloc(bytes, 'x');
  const headers = { 'content-type': 'text/html;charset=utf-8', 'cache-control': 's-maxage=60' };
  return { url, page: url.split('?')[0]!, etag: `W/"${url}"`, headers, identity, coded: {}, freshUntil, ...pageHeads(headers, `W/"${url}"`, { identity }) };
}

test('kept pages stay within their byte bound, the oldest going first', () => {
  for (let n = 0; n < 5; n++) keepPage(`/bound/${n}`, sentPage(`/bound/${n}`, 5 * MB));
  expect(freshPage('/bound/0')).toBeUndefined();
  expect(freshPage('/bound/1')).toBeUndefined();
  expect(freshPage('/bound/4')?.identity.length).toBe(5 * MB);
  expect(freshPage('/bound/3')).toBeDefined();
  forgetPages(() => true);
});

test('a page is served only while Nitro would call it fresh, and a purge drops every URL of its page', () => {
  keepPage('/news/a', sentPage('/news/a', 100, Date.now() + 1_000));
  keepPage('/news/a?page=2', sentPage('/news/a?page=2', 100));
  keepPage('/news/b', sentPage('/news/b', 100));
  expect(freshPage('/news/a', Date.now() + 2_000)).toBeUndefined();
  expect(freshPage('/news/a')).toBeUndefined();
  forgetPages((page) => page === '/news/a');
  expect(freshPage('/news/a?page=2')).toBeUndefined();
  expect(freshPage('/news/b')).toBeDefined();
  forgetPages(() => true);
});

test('the heads carry the length of each body and say the page came from the kept copies', () => {
  const identity = Buffer.from('<p>plain</p>');
  const br = Buffer.from('br');
  const { heads, notModifiedHead } = pageHeads({ 'x-one': 'a', 'set-list': ['1', '2'] }, 'W/"e"', { identity, br });
  const asObject = (flat: string[]) => flat.reduce<Record<string, string[]>>((all, value, i) => (i % 2 ? all : { ...all, [value]: [...(all[value] ?? []), flat[i + 1]!] }), {});
  expect(asObject(heads.identity)).toMatchObject({ 'content-length': [String(identity.length)], 'x-blmk-send-cache': ['hit'], vary: ['Accept-Encoding'], 'set-list': ['1', '2'] });
  expect(asObject(heads.identity)['content-encoding']).toBeUndefined();
  expect(asObject(heads.br!)).toMatchObject({ 'content-length': ['2'], 'content-encoding': ['br'] });
  expect(heads.gzip).toBeUndefined();
  expect(asObject(notModifiedHead)).toEqual({ etag: ['W/"e"'], vary: ['Accept-Encoding'], 'cache-control': [''] });
});
