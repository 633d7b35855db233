/**
 * Content pages kept in Nitro's route cache: served from memory, re-rendered in the
 * background once older than a minute (stale-while-revalidate), and purged at once by
 * the CMS's webhook (server/api/revalidate.post.ts). A failed re-render (the CMS down)
 * keeps the cached page. Not cached: /api/* (the preview above all) and static pages.
 */
const CACHED_PAGE = { swr: 60 } as const;
const CACHED_PATHS = ['/', '/news', '/news/**', '/briefs', '/briefs/**', '/vacancies', '/vacancies/**', '/events', '/leadership', '/feeds/**', '/sitemap.xml'];
const OTHER_LOCALE_PREFIXES = ['/pl', '/ur', '/ro'];
const cachedPageRules = Object.fromEntries(
  [...CACHED_PATHS, ...OTHER_LOCALE_PREFIXES.flatMap((prefix) => [prefix, `${prefix}/**`])].map((path) => [path, CACHED_PAGE]),
);

// Nuxt config for the public site. The CMS address is read at run time
// (NUXT_STRAPI_URL) so one build serves any CMS: the test harness builds once and
// points each server at its own throw-away CMS.
export default defineNuxtConfig({
  compatibilityDate: '2026-05-01',
  ssr: true,
  telemetry: false,
  devtools: { enabled: false },
  modules: ['@nuxt/content'],
  css: ['~/assets/css/site.css'],

  app: {
    head: {
      htmlAttrs: { lang: 'en' },
      titleTemplate: '%s | BLMK Health and Care Partnership',
      meta: [{ name: 'viewport', content: 'width=device-width, initial-scale=1' }],
      // The feeds (server/routes/feeds), for feed readers that look in the page head.
      link: [
        { rel: 'alternate', type: 'application/rss+xml', title: 'News, briefs and vacancies (RSS)', href: '/feeds/all.xml' },
        { rel: 'alternate', type: 'application/atom+xml', title: 'News, briefs and vacancies (Atom)', href: '/feeds/all.atom' },
        { rel: 'alternate', type: 'application/rss+xml', title: 'News (RSS)', href: '/feeds/news.xml' },
        { rel: 'alternate', type: 'application/rss+xml', title: 'Central Brief (RSS)', href: '/feeds/briefs.xml' },
        { rel: 'alternate', type: 'application/rss+xml', title: 'Open vacancies (RSS)', href: '/feeds/vacancies.xml' },
      ],
    },
  },

  runtimeConfig: {
    // Server only: the browser never talks to the CMS (see server/api/cms and server/routes/uploads).
    strapiUrl: 'http://127.0.0.1:1337',
    // Shared with the CMS (its SITE_WEBHOOK_SECRET): signs the cache purge webhook. Unset, every purge is refused.
    siteWebhookSecret: '',
    // Shared with the CMS (its PREVIEW_SECRET): opens /api/preview. Unset, previews are refused.
    previewSecret: '',
    // A read-only Strapi API token (Settings > API Tokens): the preview reads drafts with it.
    cmsPreviewToken: '',
    public: {
      siteUrl: 'http://localhost:3000',
    },
  },

  routeRules: {
    ...cachedPageRules,
    // Media comes through the site (server/routes/uploads). Strapi names uploads by a
    // hash, so a file at a URL never changes and may be cached for long.
    '/uploads/**': { headers: { 'cache-control': 'public, max-age=86400' } },
    // The site's read-only view of the CMS for client-side navigation: short-lived.
    '/api/cms/**': { headers: { 'cache-control': 'no-store' } },
    // Drafts: for one editor, never cached, never indexed (server/api/preview*.ts set them too).
    '/preview/**': { headers: { 'cache-control': 'no-store, private', 'x-robots-tag': 'noindex, nofollow' } },
  },

  content: {
    // Node's built-in SQLite (node:sqlite), so content needs no native add-on.
    experimental: { sqliteConnector: 'native' },
    // Each server process loads the pages (built into the bundle) into its own in-memory
    // database on first use: nothing is written beside the build, and several servers
    // started from one build (as the tests do) never share a database file.
    database: { type: 'sqlite', filename: ':memory:' },
  },

  experimental: {
    // Nuxt turns payload extraction on when routes are cached (a /_payload.json fetch per
    // page). Keep the payload inline: one request per page, and client-side navigation
    // reads through /api/cms as before.
    payloadExtraction: false,
  },

  // The generated types package ships TypeScript sources: compile it into the bundle.
  build: { transpile: ['@blmk/shared-types'] },

  typescript: {
    strict: true,
    typeCheck: false,
  },
});
