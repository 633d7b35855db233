import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Compiles the .vue components that unit tests render (the blocks renderer).
  plugins: [vue()],
  // Nuxt's alias for shared/, which server code imports as the site's build does.
  resolve: { alias: { '#shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: {
    name: 'web',
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Site tests start a real CMS (with the seed import) and a built site per file.
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
