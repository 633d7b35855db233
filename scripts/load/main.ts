/**
 * `pnpm load`: the production builds under sustained load on loopback, not part of
 * `npm test` (README, "Load"). Starts the real CMS (`strapi start`, seeded scratch
 * database) and the built site (`node web/.output/server/index.mjs`), warms the site's
 * page cache, then for `--duration` seconds (60) at once: `--site-connections` (200) on a
 * mix of cached site pages and `--cms-connections` (50) on the CMS's public API, each
 * from an autocannon process of its own, while both servers' RSS is sampled every
 * second. Writes bench/results/load.md and load.json: errors, rps, latency percentiles,
 * memory over the run.
 * Options: --duration <s>, --site-connections <n>, --cms-connections <n>, --db sqlite|postgres,
 * --warmup <s> (10: a lighter load first, not measured), --out <name> (bench/results/<name>.md/json; load).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../lib/paths.ts';
import { freePort } from '../lib/ports.ts';
import { startCms, startSite } from '../bench/services.ts';
import { startTestCms } from '../testing/cms-server.ts';
import { runCommand } from '../testing/processes.ts';
import { ensureWebBuilt } from '../testing/web-server.ts';
import type { MixInput, MixResult } from './mix-worker.ts';
import { loadMarkdown, type LoadReport } from './report.ts';
import { sampleRss, summariseRss } from './rss.ts';

const WORKER = path.join(import.meta.dirname, 'mix-worker.ts');
const RESULTS_DIR = path.join(REPO_ROOT, 'bench', 'results');
const log = (line: string) => console.log(`[load] ${line}`);

/** Cached pages of every kind (each visited once before the load, so in the cache). */
async function sitePaths(cmsUrl: string): Promise<string[]> {
  const slugs = async (plural: string, count: number) => {
    const response = await fetch(`${cmsUrl}/api/${plural}?locale=en&pagination[pageSize]=${count}`);
    return ((await response.json()) as { data: Array<{ slug: string }> }).data.map((entry) => entry.slug);
  };
  return [
    '/', '/news', '/briefs', '/events', '/vacancies', '/leadership', '/pl', '/ur/news', '/feeds/news.xml', '/sitemap.xml',
    ...(await slugs('news-items', 5)).map((slug) => `/news/${slug}`),
    ...(await slugs('briefs', 1)).map((slug) => `/briefs/${slug}`),
    ...(await slugs('vacancies', 1)).map((slug) => `/vacancies/${slug}`),
    ...(await slugs('leadership-updates', 2)).map((slug) => `/leadership/${slug}`),
  ];
}

/** The CMS's public API as the site and other readers call it: lists, one entry, search. */
const CMS_PATHS = [
  '/api/news-items?locale=en&filters[storyDate][$notNull]=true&sort[0]=storyDate:desc&sort[1]=publishedAt:desc&pagination[start]=0&pagination[limit]=3',
  '/api/news-items?locale=en&pagination[page]=1&pagination[pageSize]=10',
  '/api/briefs?locale=en',
  '/api/events?locale=en',
  '/api/vacancies?locale=en',
  '/api/organisations?locale=en&pagination[pageSize]=50',
  '/api/search?q=cancer&locale=en',
  '/api/news-items?locale=en&filters[slug][$eq]=blmk-single-operating-plan',
];

function runMix(input: MixInput): Promise<MixResult> {
  return runCommand(process.execPath, [WORKER, JSON.stringify(input)], { cwd: import.meta.dirname }).then(
    ({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as MixResult,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      duration: { type: 'string', default: '60' },
      'site-connections': { type: 'string', default: '200' },
      'cms-connections': { type: 'string', default: '50' },
      db: { type: 'string', default: 'sqlite' },
      warmup: { type: 'string', default: '10' },
      out: { type: 'string', default: 'load' },
    },
  });
  const durationS = Number(values.duration);
  const warmupS = Number(values.warmup);
  const siteConnections = Number(values['site-connections']);
  const cmsConnections = Number(values['cms-connections']);
  if (values.db !== 'sqlite' && values.db !== 'postgres') throw new Error('--db is sqlite or postgres.');
  if (!/^[\w.-]{1,64}$/.test(values.out)) throw new Error('--out is a file name without extension (letters, digits, "_", ".", "-").');
  for (const [name, value] of [['--duration', durationS], ['--site-connections', siteConnections], ['--cms-connections', cmsConnections]] as const) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0.`);
  }

  log('building the site if it changed');
  await ensureWebBuilt();
  log(`seeding a scratch ${values.db} CMS`);
  const cms = await startTestCms({ database: values.db, seed: true });
  await cms.stop();
  const loadAtStart = os.loadavg()[0]!;
  const cmsService = await startCms(cms.env, cms.url);
  const sitePort = await freePort();
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const site = await startSite(sitePort, { NUXT_STRAPI_URL: cms.url, NUXT_PUBLIC_SITE_URL: siteUrl });
  try {
    const paths = await sitePaths(cms.url);
    for (const pagePath of [...paths]) {
      const response = await fetch(`${siteUrl}${pagePath}`, { headers: { accept: 'text/html' } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status} before the load`);
    }
    for (const apiPath of CMS_PATHS) {
      const response = await fetch(`${cms.url}${apiPath}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${apiPath} answered ${response.status} before the load`);
    }
    // Not measured: the JIT and the heaps settle first, so "memory flat" is about the load, not the start.
    if (warmupS > 0) {
      log(`${warmupS} s warm-up at a quarter of the connections`);
      await Promise.all([
        runMix({ origin: siteUrl, paths, connections: Math.ceil(siteConnections / 4), durationS: warmupS }),
        runMix({ origin: cms.url, paths: CMS_PATHS, connections: Math.ceil(cmsConnections / 4), durationS: warmupS, accept: 'application/json' }),
      ]);
    }
    log(`${durationS} s: ${siteConnections} connections on ${paths.length} site pages, ${cmsConnections} on ${CMS_PATHS.length} CMS API requests`);
    const siteRss = sampleRss(site.pid);
    const cmsRss = sampleRss(cmsService.pid);
    const [siteResult, cmsResult] = await Promise.all([
      runMix({ origin: siteUrl, paths, connections: siteConnections, durationS }),
      runMix({ origin: cms.url, paths: CMS_PATHS, connections: cmsConnections, durationS, accept: 'application/json' }),
    ]);
    siteRss.stop();
    cmsRss.stop();
    const report: LoadReport = {
      date: new Date().toISOString(),
      database: values.db,
      cpus: os.cpus().length,
      loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
      sitePaths: paths,
      cmsPaths: CMS_PATHS,
      site: { ...siteResult, rss: summariseRss(siteRss.series), rssSamples: siteRss.series.samples },
      cms: { ...cmsResult, rss: summariseRss(cmsRss.series), rssSamples: cmsRss.series.samples },
    };
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(path.join(RESULTS_DIR, `${values.out}.json`), `${JSON.stringify(report, null, 2)}\n`);
    const markdown = loadMarkdown(report);
    await writeFile(path.join(RESULTS_DIR, `${values.out}.md`), markdown);
    console.log(`\n${markdown}`);
    const failed = [report.site, report.cms].some((target) => target.errors + target.timeouts > 0 || Object.keys(target.statuses).some((status) => status !== '200'));
    if (failed) process.exitCode = 1;
  } finally {
    await site.service.stop();
    await cmsService.service.stop();
    await cms.destroy();
  }
}

await main();
