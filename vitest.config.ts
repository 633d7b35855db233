import { defineConfig } from 'vitest/config';

// One test run over the whole workspace; each package says what its tests need.
export default defineConfig({
  test: {
    projects: ['shared-types', 'scripts', 'cms', 'web'],
    // Vitest's default is one file at a time on a 2-core machine (cores - 1). Most of a
    // file's time is waiting on a CMS, a site, a browser or an SMTP sink rather than
    // computing, so two files at a time halve the wall time; builds they share are made
    // once under a lock (scripts/testing/file-lock.ts). BLMK_TEST_WORKERS overrides.
    maxWorkers: Number(process.env.BLMK_TEST_WORKERS ?? 2),
  },
});
