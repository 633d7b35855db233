import { createStorage } from 'unstorage';
import memoryDriver from 'unstorage/drivers/memory';
import { expect, test } from 'vitest';
import { mountCache } from '../../server/cache/mount-cache';

test('the cache goes on the new driver even where the dev server already mounted one', async () => {
  const storage = createStorage();
  const devDisk = memoryDriver();
  storage.mount('cache', devDisk);
  await storage.setItem('cache:nitro:routes:old.json', 'from the dev cache');
  const ours = memoryDriver();
  mountCache(storage, ours);
  expect(storage.getMount('cache:x').driver).toBe(ours);
  expect(await storage.getItem('cache:nitro:routes:old.json')).toBeNull();
  await storage.setItem('cache:nitro:routes:new.json', 'page');
  expect(await ours.getItem?.('nitro:routes:new.json', {})).toBe('page');
});

test('and where nothing was mounted (the production server)', () => {
  const storage = createStorage();
  const ours = memoryDriver();
  mountCache(storage, ours);
  expect(storage.getMount('cache:x').driver).toBe(ours);
});
