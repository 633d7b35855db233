import type { Driver, Storage } from 'unstorage';

/**
 * Puts Nitro's cache on `driver`. The development server (npm start) has already put it
 * on disk, and unstorage refuses a second mount at one place ("already mounted at
 * cache:", a 500 on every page), so that one goes first. Unmounting without disposing is
 * done before the call returns, so nothing is read from the old one afterwards.
 */
export function mountCache(storage: Storage, driver: Driver): void {
  if (storage.getMount('cache').base === 'cache:') void storage.unmount('cache', false);
  storage.mount('cache', driver);
}
