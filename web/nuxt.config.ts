// Nuxt config for the public site. The CMS address is read at run time
// (NUXT_STRAPI_URL) so one build serves any CMS: the test harness builds once and
// points each server at its own throw-away CMS.
import { fileURLToPath } from 'node:url';
import { purgeCssOptions } from './build/purge-css';
import { DEFAULT_LOCALE, EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES, LOCALE_FACTS, LOCALES, localisedPath, SITE_PAGES } from '@blmk/shared-types';

/**
 * Every page is read, not used: none needs client JavaScript, so none is sent (no entry
 * script, no payload, no preloads), error pages included. Each is a complete HTML
 * document, its links are plain links and its forms post to server routes.
 * `node scripts/js-weight.ts` measures what each page type loads (web/README.md).
 */
const NO_SCRIPTS = { '/**': { noScripts: true } } as const;

/**
 * Pages from the CMS, kept in Nitro's route cache: served from memory, re-rendered in the
 * background once older than a minute (stale-while-revalidate), and purged at once by
 * the CMS's webhook (server/api/revalidate.post.ts, which purges every locale's copy).
 * A failed re-render (the CMS down) keeps the cached page. Not cached: /api/* (the
 * preview above all) and the static pages from content/.
 */
const CMS_ROUTES = [SITE_PAGES.home, ...EDITORIAL_TYPE_NAMES.flatMap((type) => [EDITORIAL_TYPES[type].listPath, `${EDITORIAL_TYPES[type].listPath}/**`])];
const CACHED_PAGE = { swr: 60 } as const;
/** Feeds and the sitemap have their own locale paths (/feeds/pl/news.xml), so no prefixes. */
const CACHED_SERVER_ROUTES = ['/feeds/**', '/sitemap.xml'];

/** The cache rule for each CMS page in every locale, and for feeds and the sitemap. */
const cacheRules: Record<string, typeof CACHED_PAGE> = {};
for (const locale of LOCALES) {
  for (const route of CMS_ROUTES) cacheRules[localisedPath(locale, route)] = CACHED_PAGE;
}
for (const route of CACHED_SERVER_ROUTES) cacheRules[route] = CACHED_PAGE;

export default defineNuxtConfig({
  compatibilityDate: '2026-05-01',
  ssr: true,
  telemetry: false,
  devtools: { enabled: false },
  modules: ['@nuxt/content', '@nuxtjs/i18n'],
  css: ['~/assets/scss/site.scss'],
  // Only the CSS the pages use (build/purge-css.ts says what is kept and why).
  postcss: { plugins: { '@fullhuman/postcss-purgecss': purgeCssOptions(fileURLToPath(new URL('.', import.meta.url))) } },

  nitro: {
    // The build's CSS and public/ files are written beside themselves as .br and .gz, and
    // served in the coding the browser asks for: nothing is compressed per request.
    // Pages, feeds and JSON are compressed by server/plugins/compress-responses.ts.
    compressPublicAssets: { brotli: true, gzip: true },
  },

  // The reader's language: English at /news/x, the others under their prefix (/pl/news/x).
  // Interface text is in i18n/locales/*.json; content comes from the CMS in the same
  // locale, or in English with a notice where it has no translation. No detection and
  // no cookie: a page's address alone says its language, so every page caches as one.
  i18n: {
    locales: LOCALES.map((code) => ({ code, language: code, name: LOCALE_FACTS[code].nativeName, dir: LOCALE_FACTS[code].dir, file: `${code}.json` })),
    defaultLocale: DEFAULT_LOCALE,
    strategy: 'prefix_except_default',
    detectBrowserLanguage: false,
  },

  app: {
    head: {
      titleTemplate: '%s | BLMK Health and Care Partnership',
      meta: [{ name: 'viewport', content: 'width=device-width, initial-scale=1' }],
      // The feeds' links are added per locale by useFeedLinks (app/composables/use-feed-links.ts).
    },
  },

  runtimeConfig: {
    // Server only: the browser never talks to the CMS (pages read it in-process, server/cms; media through server/routes/uploads).
    strapiUrl: 'http://127.0.0.1:1337',
    // Shared with the CMS (its SITE_WEBHOOK_SECRET): signs the cache purge webhook. Unset, every purge is refused.
    siteWebhookSecret: '',
    // Shared with the CMS (its PREVIEW_SECRET): opens /api/preview. Unset, previews are refused.
    previewSecret: '',
    // A read-only Strapi API token (Settings > API Tokens): the preview reads drafts with it.
    cmsPreviewToken: '',
    // Several site processes share one page cache in Redis (server/plugins/shared-cache.ts);
    // unset, each keeps its own in memory.
    redisUrl: '',
    redisCachePrefix: 'blmk-site',
    // The browser origin of the CMS admin (NUXT_CMS_ADMIN_ORIGIN): the only page that may
    // frame the site's previews (server/security/headers.ts). Empty: nothing may frame them.
    cmsAdminOrigin: '',
    // Only the production site is indexed (NUXT_SITE_INDEXABLE=true); anywhere else
    // robots.txt disallows everything and every response says noindex.
    siteIndexable: false,
    // Where media lives when the CMS stores uploads in S3-compatible storage: its public
    // address (the CMS's S3_PUBLIC_URL). Pages may then load images from there (the CSP's
    // img-src). Empty: media comes through the site only.
    mediaOrigin: '',
    // Proxies whose X-Forwarded-For is believed (NUXT_TRUSTED_PROXIES: addresses or CIDR
    // ranges, comma-separated). Empty: the socket's address is the client (server/utils/client-ip.ts).
    trustedProxies: '',
    // Per-client limits on the newsletter forms and search (server/middleware/rate-limit.ts),
    // counted in Redis across processes when NUXT_REDIS_URL is set: requests per window (seconds).
    rateLimit: { newsletter: 30, newsletterWindowS: 600, search: 120, searchWindowS: 60 },
    public: {
      siteUrl: 'http://localhost:3000',
    },
  },

  routeRules: {
    ...NO_SCRIPTS,
    ...cacheRules,
    // Media comes through the site (server/routes/uploads). Strapi names uploads by a
    // hash, so a file at a URL never changes and may be cached for long.
    '/uploads/**': { headers: { 'cache-control': 'public, max-age=86400' } },
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
    // Nuxt turns payload extraction on when routes are cached (a /_payload.json per page).
    // Pages send no script, so nothing would read it: do not write one.
    payloadExtraction: false,
  },

  // The generated types package ships TypeScript sources: compile it into the bundle.
  build: { transpile: ['@blmk/shared-types'] },

  typescript: {
    strict: true,
    typeCheck: false,
  },
});
