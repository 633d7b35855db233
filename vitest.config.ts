import { defineConfig } from 'vitest/config';

// One test run over the whole workspace; each package says what its tests need.
export default defineConfig({
  test: {
    projects: ['shared-types', 'scripts', 'cms', 'web'],
    // Vitest's default is one file at a time on a 2-core machine (cores - 1). Much of a
    // file's time is waiting on a CMS, a site, a browser or an SMTP sink, so two at a time
    // is shorter (fresh-clone .ci/run: 24 min 57 s, against 27 min 04 s one at a time,
    // that run sharing the cores with a load test); builds they share are made once under
    // a lock (scripts/testing/file-lock.ts). BLMK_TEST_WORKERS overrides.
    maxWorkers: Number(process.env.BLMK_TEST_WORKERS ?? 2),
  },
});
