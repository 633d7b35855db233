import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'cms',
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    // Each file starts a real CMS on its own database.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
