import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'scripts',
    include: ['tests/**/*.test.ts', '**/*.test.ts'],
    exclude: ['**/node_modules/**'],
  },
});
