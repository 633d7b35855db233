import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Compiles the .vue components that unit tests render (the blocks renderer).
  plugins: [vue()],
  test: {
    name: 'web',
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Site tests start a real CMS (with the seed import) and a built site per file.
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
