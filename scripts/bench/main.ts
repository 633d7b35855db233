/**
 * `pnpm bench`: the whole product under load on this machine (see README, "Benchmarks").
 * Builds what it needs (CMS compile, Nuxt build; the admin panel is not served, as in
 * the tests), starts the real CMS (`strapi start`) on a scratch database with the seed
 * import and the built site (`node web/.output/server/index.mjs`), runs each scenario
 * with autocannon from a separate process, writes bench/results/latest.{md,json} and
 * prints every target (targets.ts) as PASS / FAIL / NOT MEASURED.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO_ROOT, WEB_DIR } from '../lib/paths.ts';
import { freePort } from '../lib/ports.ts';
import { adminLogin } from '../testing/admin-api.ts';
import { startTestCms, type TestCms } from '../testing/cms-server.ts';
import { testDatabaseKinds, type DatabaseKind } from '../testing/databases.ts';
import { startService, waitForHttp } from '../testing/processes.ts';
import { testRedisUrl } from '../testing/redis.ts';
import { ensureWebBuilt } from '../testing/web-server.ts';
import { parseBenchArgs, type BenchOptions } from './args.ts';
import { resultsMarkdown, verdictLines } from './format.ts';
import { lighthousePages, LIGHTHOUSE_CATEGORIES } from './lighthouse.ts';
import { loadTest, pageAssets, peakRssMb, transferred } from './measure.ts';
import { emptyResults, type BenchResults } from './results.ts';
import { startCms, startSite, type TimedService } from './services.ts';
import { evaluateTargets } from './targets.ts';

const RESULTS_DIR = path.join(REPO_ROOT, 'bench', 'results');
const NEWS = '/content-manager/collection-types/api::news-item.news-item';
/** The CMS request behind the home page's "latest news" (web/server/cms/newest-first.ts, dated part). */
const HOME_NEWS_LIST =
  '/api/news-items?locale=en&filters[storyDate][$notNull]=true&sort[0]=storyDate:desc&sort[1]=publishedAt:desc&pagination[start]=0&pagination[limit]=3';

const LABELS: Record<string, string> = {
  bare: '(a) bare Node http, article bytes from memory',
  health: '(a) CMS /_health',
  cached: '(b) cached news article',
  uncached: '(d) uncached article render (unique query string)',
  redis: '(c) cached news article, Redis shared cache',
  'cmsList.sqlite': '(e) CMS home-page news list, SQLite',
  'cmsList.postgres': '(e) CMS home-page news list, PostgreSQL',
};

const log = (line: string) => console.log(`[bench] ${line}`);

/** The slug of one published entry of a type, from the CMS's public API. */
async function firstSlug(cmsUrl: string, plural: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/${plural}?locale=en&pagination[pageSize]=1`);
  const body = (await response.json()) as { data?: Array<{ slug?: string }> };
  const slug = body.data?.[0]?.slug;
  if (!slug) throw new Error(`No published ${plural} in the seeded CMS.`);
  return slug;
}

async function get(url: string): Promise<string> {
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return text;
}

/** Publishes a new story through the admin API and polls the cached /news until it shows; ms. */
async function publishToVisible(cms: TestCms, siteUrl: string, tag: string): Promise<number> {
  const admin = await adminLogin(cms.url);
  const title = `Bench publish check ${tag} ${randomBytes(4).toString('hex')}`;
  const slug = title.toLowerCase().replaceAll(' ', '-');
  await get(`${siteUrl}/news`);
  await get(`${siteUrl}/news`); // now served from the cache
  const draft = { title, slug, summary: 'Measuring publish to visible.', storyDate: new Date().toISOString().slice(0, 10) };
  const created = await admin.request<{ data: { documentId: string } }>('POST', NEWS, draft);
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const started = performance.now();
  const published = await admin.request('POST', `${NEWS}/${created.body.data.documentId}/actions/publish`, draft);
  if (published.status !== 200) throw new Error(`publish: ${published.status}`);
  const deadline = started + 30_000;
  while (performance.now() < deadline) {
    if ((await get(`${siteUrl}/news`)).includes(title)) return performance.now() - started;
    await sleep(20);
  }
  throw new Error(`"${title}" did not show on /news within 30 s`);
}

/**
 * HTML + linked CSS bytes as transferred (asked with Accept-Encoding: br, gzip, as a
 * browser asks), and the scripts each page would run.
 */
async function weighPages(results: BenchResults, siteUrl: string, pages: Record<string, string>): Promise<void> {
  for (const [name, pagePath] of Object.entries(pages)) {
    const page = await transferred(`${siteUrl}${pagePath}`);
    const html = (await fetch(`${siteUrl}${pagePath}`, { headers: { accept: 'text/html' } }).then((response) => response.text())) as string;
    const { stylesheets, scripts } = pageAssets(html);
    let bytes = page.bytes;
    const encodings = [page.encoding];
    for (const href of stylesheets) {
      const sheet = await transferred(new URL(href, `${siteUrl}${pagePath}`).toString());
      bytes += sheet.bytes;
      encodings.push(sheet.encoding);
    }
    results.metrics[`weight.${name}.bytes`] = bytes;
    results.metrics[`weight.${name}.scripts`] = scripts;
    log(`  ${name} ${pagePath}: ${page.status}, ${bytes} B (${encodings.join(' + ')}; ${stylesheets.length} stylesheet(s)), ${scripts} script(s)`);
  }
}

/** T8: Lighthouse scores by page and category, as metrics; the audits that lost points, as notes. */
async function lighthouseScores(results: BenchResults, siteUrl: string, pages: Record<string, string>): Promise<void> {
  const urls = Object.fromEntries(Object.entries(pages).map(([name, pagePath]) => [name, `${siteUrl}${pagePath}`]));
  const scored = await lighthousePages(urls);
  for (const [name, { scores, failing }] of Object.entries(scored)) {
    for (const category of LIGHTHOUSE_CATEGORIES) results.metrics[`lighthouse.${name}.${category}`] = scores[category];
    log(`  Lighthouse ${name}: ${LIGHTHOUSE_CATEGORIES.map((category) => `${category} ${scores[category]}`).join(', ')}`);
    if (failing.length) results.meta.notes.push(`Lighthouse ${name}: audits below 0.9: ${failing.join('; ')}.`);
  }
}

/** Empties the Redis keys of one run's prefix. */
async function clearRedis(url: string, prefix: string): Promise<void> {
  const Redis = createRequire(path.join(WEB_DIR, 'package.json'))('ioredis') as new (url: string) => {
    keys(pattern: string): Promise<string[]>;
    del(...keys: string[]): Promise<number>;
    disconnect(): void;
  };
  const redis = new Redis(url);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
}

async function run(options: BenchOptions, results: BenchResults): Promise<void> {
  const duration = options.durationS;
  log('building the site if it changed (the CMS compiles as it starts)');
  await ensureWebBuilt();
  const sitePort = await freePort();
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const secret = randomBytes(24).toString('hex');
  log('seeding a scratch SQLite CMS');
  const cms = await startTestCms({ database: 'sqlite', seed: true, env: { SITE_URL: siteUrl, SITE_WEBHOOK_SECRET: secret } });
  await cms.stop();
  const services: TimedService[] = [];
  const peaks = { site: 0, cms: 0 };
  const notePeak = async (kind: 'site' | 'cms', service: TimedService) => {
    peaks[kind] = Math.max(peaks[kind], await peakRssMb(service.pid));
  };
  try {
    const cmsService = await startCms(cms.env, cms.url);
    services.push(cmsService);
    results.metrics['coldStart.cms.ms'] = cmsService.startMs;
    log(`CMS cold start ${cmsService.startMs.toFixed(0)} ms`);
    // Indexable, as the production site is: Lighthouse's SEO audits check exactly that.
    const siteEnv = { NUXT_STRAPI_URL: cms.url, NUXT_PUBLIC_SITE_URL: siteUrl, NUXT_SITE_WEBHOOK_SECRET: secret, NUXT_SITE_INDEXABLE: 'true' };
    let site = await startSite(sitePort, siteEnv);
    services.push(site);
    results.metrics['coldStart.site.ms'] = site.startMs;
    log(`site cold start ${site.startMs.toFixed(0)} ms`);

    const slugs = {
      news: await firstSlug(cms.url, 'news-items'),
      brief: await firstSlug(cms.url, 'briefs'),
      vacancy: await firstSlug(cms.url, 'vacancies'),
      event: await firstSlug(cms.url, 'events'),
      leadership: await firstSlug(cms.url, 'leadership-updates'),
    };
    const article = `/news/${slugs.news}`;
    const firstRender = performance.now();
    const html = await get(`${siteUrl}${article}`);
    results.metrics['firstRender.article.ms'] = performance.now() - firstRender;

    // (a) The ceiling: the same article bytes from a bare Node server.
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'blmk-bench-'));
    await writeFile(path.join(scratch, 'article.html'), html);
    const barePort = await freePort();
    const bare = startService({ name: 'bare', command: process.execPath, args: [path.join(import.meta.dirname, 'bare-server.ts'), path.join(scratch, 'article.html'), String(barePort)], cwd: scratch, env: { PATH: process.env.PATH }, logFile: path.join(scratch, 'bare.log') });
    try {
      await waitForHttp(`http://127.0.0.1:${barePort}/`, bare, { timeoutMs: 10_000 });
      results.load.bare = await loadTest({ url: `http://127.0.0.1:${barePort}/`, connections: 50, durationS: duration });
    } finally {
      await bare.stop();
    }
    log(`bare: ${results.load.bare.rps} rps`);
    results.load.health = await loadTest({ url: `${cms.url}/_health`, connections: 50, durationS: duration });
    log(`CMS /_health: ${results.load.health.rps} rps`);

    // (b) cached article; (d) uncached renders; (e) the CMS list on SQLite.
    results.load.cached = await loadTest({ url: `${siteUrl}${article}`, connections: 50, durationS: duration });
    log(`cached: ${results.load.cached.rps} rps, p99 ${results.load.cached.p99} ms`);
    results.load.uncached = await loadTest({ url: `${siteUrl}${article}`, connections: 10, durationS: duration, uniqueQuery: true });
    log(`uncached: p95 ${results.load.uncached.p95} ms`);
    results.load['cmsList.sqlite'] = await loadTest({ url: `${cms.url}${HOME_NEWS_LIST}`, connections: 10, durationS: duration });
    log(`CMS list (SQLite): p95 ${results.load['cmsList.sqlite'].p95} ms`);

    // (g) page weight, (f) publish to visible with the in-memory cache.
    const pages = {
      home: '/',
      article,
      brief: `/briefs/${slugs.brief}`,
      vacancy: `/vacancies/${slugs.vacancy}`,
      event: `/events/${slugs.event}`,
      leadership: `/leadership/${slugs.leadership}`,
      newsList: '/news',
      search: '/search?q=health',
      newsletter: '/newsletter',
      about: '/about',
      notFound: '/no/such/path',
    };
    await weighPages(results, siteUrl, pages);
    if (options.lighthouse) {
      log('Lighthouse (mobile) on home, an article, a brief and a vacancy');
      await lighthouseScores(results, siteUrl, { home: pages.home, article: pages.article, brief: pages.brief, vacancy: pages.vacancy });
    } else results.meta.notes.push('Lighthouse skipped (--no-lighthouse).');
    results.metrics['publishVisible.memory.ms'] = await publishToVisible(cms, siteUrl, 'memory');
    log(`publish to visible (memory cache): ${results.metrics['publishVisible.memory.ms'].toFixed(0)} ms`);
    await notePeak('site', site);

    // (c) the same with the page cache shared in Redis, on the same port (the CMS's webhook goes there).
    const redisUrl = options.redis ? await testRedisUrl() : null;
    if (redisUrl) {
      await site.service.stop();
      const prefix = `blmk-bench-${randomBytes(6).toString('hex')}`;
      site = await startSite(sitePort, { ...siteEnv, NUXT_REDIS_URL: redisUrl, NUXT_REDIS_CACHE_PREFIX: prefix });
      services.push(site);
      try {
        await get(`${siteUrl}${article}`);
        results.load.redis = await loadTest({ url: `${siteUrl}${article}`, connections: 50, durationS: duration });
        log(`Redis cached: ${results.load.redis.rps} rps`);
        results.metrics['publishVisible.redis.ms'] = await publishToVisible(cms, siteUrl, 'redis');
        log(`publish to visible (Redis cache): ${results.metrics['publishVisible.redis.ms'].toFixed(0)} ms`);
        await notePeak('site', site);
      } finally {
        await clearRedis(redisUrl, prefix);
      }
    } else {
      results.meta.notes.push('Redis scenarios skipped (no Redis, or --no-redis).');
    }
    await notePeak('cms', cmsService);
  } finally {
    for (const service of services.reverse()) await service.service.stop();
    await cms.destroy();
  }

  // (e) on PostgreSQL: its own scratch CMS.
  if (options.databases.includes('postgres')) {
    const available: DatabaseKind[] = await testDatabaseKinds();
    if (available.includes('postgres')) {
      log('seeding a scratch PostgreSQL CMS');
      const pgCms = await startTestCms({ database: 'postgres', seed: true });
      try {
        await get(`${pgCms.url}${HOME_NEWS_LIST}`).catch(() => undefined);
        results.load['cmsList.postgres'] = await loadTest({ url: `${pgCms.url}${HOME_NEWS_LIST}`, connections: 10, durationS: duration });
        log(`CMS list (PostgreSQL): p95 ${results.load['cmsList.postgres'].p95} ms`);
      } finally {
        await pgCms.destroy();
      }
    } else results.meta.notes.push('PostgreSQL not reachable: CMS list on PostgreSQL not measured.');
  }
  results.metrics['rss.site.mb'] = peaks.site;
  results.metrics['rss.cms.mb'] = peaks.cms;
}

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  const results = emptyResults(options.quick);
  results.meta.cpus = os.cpus().length;
  results.meta.notes.push(
    `Each load scenario ran ${options.durationS} s. Uncached renders: each request has a new ?bench-miss=<n> query string, which the page cache keys on (Nitro hashes the URL), so every request renders.`,
    'Cold start: spawn to first answer (CMS /_health, site /robots.txt), polled every 20 ms. Peak RSS: VmHWM of each process (and children), the larger of the two site processes.',
  );
  const started = Date.now();
  const loadAtStart = os.loadavg()[0]!;
  try {
    await run(options, results);
  } catch (error) {
    results.meta.notes.push(`The run stopped early: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
    console.error(error);
  }
  results.meta.notes.push(`Load average (1 min) at the start ${loadAtStart.toFixed(2)}, at the end ${os.loadavg()[0]!.toFixed(2)}: the machine's 2 cores are shared, so figures vary between runs.`);
  results.meta.notes.push(`Total run time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  const outcomes = evaluateTargets(results);
  await mkdir(RESULTS_DIR, { recursive: true });
  const names = ['latest', ...(options.save ? [`${options.save}-${options.quick ? 'quick' : 'full'}`] : [])];
  for (const name of names) {
    await writeFile(path.join(RESULTS_DIR, `${name}.json`), `${JSON.stringify({ ...results, targets: outcomes }, null, 2)}\n`);
    await writeFile(path.join(RESULTS_DIR, `${name}.md`), resultsMarkdown(results, outcomes, LABELS));
  }
  console.log(`\nResults: ${names.map((name) => `bench/results/${name}.md`).join(', ')}\n`);
  for (const line of verdictLines(outcomes)) console.log(line);
}

await main();
