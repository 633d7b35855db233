import { defineCollection, defineContentConfig } from '@nuxt/content';

// Static pages written in Markdown (content/*.md), served at their own path:
// content/about.md is /about; a translation is content/<locale>/about.md, shown at
// /<locale>/about (server/api/pages).
export default defineContentConfig({
  collections: {
    pages: defineCollection({
      type: 'page',
      source: '**/*.md',
    }),
  },
});
