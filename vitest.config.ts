import { defineConfig } from 'vitest/config';

// One test run over the whole workspace; each package says what its tests need.
export default defineConfig({
  test: {
    projects: ['shared-types', 'scripts', 'cms', 'web'],
  },
});
