// Nuxt config for the public site. The CMS address is read at run time
// (NUXT_STRAPI_URL) so one build serves any CMS: the test harness builds once and
// points each server at its own throw-away CMS.
/** Locale prefixes of the reader's routes (English, the default, has none). */
const LOCALE_PREFIXES = ['', '/pl', '/ur', '/ro'];

/**
 * Pages that are read, not used (each locale's home page and these): they need no client
 * JavaScript, so none is sent (no entry script, no payload, no preloads). Each is a
 * complete HTML document and its links are plain links. `node scripts/js-weight.ts`
 * measures what each page type loads (web/README.md).
 */
const CONTENT_ROUTES: string[] = [
  '/news',
  '/news/**',
  '/briefs',
  '/briefs/**',
  '/vacancies',
  '/vacancies/**',
  '/events',
  '/leadership',
  '/about',
  '/accessibility',
  // Search is a GET form and plain links; the newsletter forms post to server routes.
  '/search',
  '/newsletter',
  '/newsletter/**',
];

const noScriptRules = Object.fromEntries(
  LOCALE_PREFIXES.flatMap((prefix) => [
    [prefix || '/', { noScripts: true }],
    ...CONTENT_ROUTES.map((route) => [`${prefix}${route}`, { noScripts: true }]),
  ]),
);

export default defineNuxtConfig({
  compatibilityDate: '2026-05-01',
  ssr: true,
  telemetry: false,
  devtools: { enabled: false },
  modules: ['@nuxt/content', '@nuxtjs/i18n'],
  css: ['~/assets/scss/site.scss'],

  // The reader's language: English at /news/x, the others under their prefix (/pl/news/x).
  // Interface text is in i18n/locales/*.json; content comes from the CMS in the same
  // locale, or in English with a notice where it has no translation. No detection and
  // no cookie: a page's address alone says its language, so every page caches as one.
  i18n: {
    locales: [
      { code: 'en', language: 'en', name: 'English', dir: 'ltr', file: 'en.json' },
      { code: 'pl', language: 'pl', name: 'Polski', dir: 'ltr', file: 'pl.json' },
      { code: 'ur', language: 'ur', name: 'اردو', dir: 'rtl', file: 'ur.json' },
      { code: 'ro', language: 'ro', name: 'Română', dir: 'ltr', file: 'ro.json' },
    ],
    defaultLocale: 'en',
    strategy: 'prefix_except_default',
    detectBrowserLanguage: false,
  },

  app: {
    head: {
      titleTemplate: '%s | BLMK Health and Care Partnership',
      meta: [{ name: 'viewport', content: 'width=device-width, initial-scale=1' }],
    },
  },

  runtimeConfig: {
    // Server only: the browser never talks to the CMS (see server/api/cms and server/routes/uploads).
    strapiUrl: 'http://127.0.0.1:1337',
    public: {
      siteUrl: 'http://localhost:3000',
    },
  },

  routeRules: {
    ...noScriptRules,
    // Media comes through the site (server/routes/uploads). Strapi names uploads by a
    // hash, so a file at a URL never changes and may be cached for long.
    '/uploads/**': { headers: { 'cache-control': 'public, max-age=86400' } },
    // The site's read-only view of the CMS for client-side navigation: short-lived.
    '/api/cms/**': { headers: { 'cache-control': 'no-store' } },
  },

  content: {
    // Node's built-in SQLite (node:sqlite), so content needs no native add-on.
    experimental: { sqliteConnector: 'native' },
    // Each server process loads the pages (built into the bundle) into its own in-memory
    // database on first use: nothing is written beside the build, and several servers
    // started from one build (as the tests do) never share a database file.
    database: { type: 'sqlite', filename: ':memory:' },
  },

  // The generated types package ships TypeScript sources: compile it into the bundle.
  build: { transpile: ['@blmk/shared-types'] },

  typescript: {
    strict: true,
    typeCheck: false,
  },
});
