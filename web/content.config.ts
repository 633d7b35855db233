import { defineCollection, defineContentConfig } from '@nuxt/content';

// Static pages written in Markdown (content/*.md), served at their own path:
// content/about.md is /about.
export default defineContentConfig({
  collections: {
    pages: defineCollection({
      type: 'page',
      source: '*.md',
    }),
  },
});
