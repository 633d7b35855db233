import { createStorage } from 'unstorage';
import { expect, test } from 'vitest';
import { boundedMemoryDriver } from '../../server/cache/bounded-memory';

const page = (n: number) => ({ value: `<html>${'x'.repeat(60_000)}${n}</html>`, mtime: n });

test('the in-process page cache drops its least recently used pages beyond its bound', async () => {
  const storage = createStorage({ driver: boundedMemoryDriver(1_000_000) });
  for (let n = 0; n < 40; n++) await storage.setItem(`nitro:routes:_:page-${n}.json`, page(n));
  const keys = await storage.getKeys();
  expect(keys.length).toBeLessThanOrEqual(16);
  expect(keys.length).toBeGreaterThan(10);
  expect(await storage.getItem('nitro:routes:_:page-0.json')).toBeNull();
  expect(await storage.getItem('nitro:routes:_:page-39.json')).toEqual(page(39));
});

test('a page read recently is kept over one that was not', async () => {
  const storage = createStorage({ driver: boundedMemoryDriver(1_000_000) });
  for (let n = 0; n < 10; n++) await storage.setItem(`p${n}`, page(n));
  await storage.getItem('p0');
  for (let n = 10; n < 22; n++) await storage.setItem(`p${n}`, page(n));
  expect(await storage.getItem('p0')).toEqual(page(0));
  expect(await storage.getItem('p1')).toBeNull();
});

test('purges still find every key', async () => {
  const storage = createStorage({ driver: boundedMemoryDriver() });
  await storage.setItem('nitro:routes:_:a.json', page(1));
  await storage.setItem('nitro:routes:_:b.json', page(2));
  expect((await storage.getKeys('nitro:routes')).sort()).toEqual(['nitro:routes:_:a.json', 'nitro:routes:_:b.json']);
  await storage.removeItem('nitro:routes:_:a.json');
  expect(await storage.getKeys('nitro:routes')).toEqual(['nitro:routes:_:b.json']);
});
