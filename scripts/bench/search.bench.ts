/**
 * `pnpm bench`: GET /api/search at 100,000 indexed items, on SQLite and PostgreSQL.
 *
 * For each database: starts the real CMS on a throw-away database with the seed import,
 * stops it, adds 100,000 synthetic published items straight into the search index (the
 * document service would take hours; the index rows are what a query reads), starts it
 * again, then times queries over HTTP (p50/p95) and prints the query plans of the exact
 * SQL the CMS runs, to show the full-text index is used rather than a table scan.
 *
 * Options: `pnpm bench -- --items 20000 --runs 30 --db sqlite`.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { CMS_DIR } from '../lib/paths.ts';
import { startTestCms, type TestCms } from '../testing/cms-server.ts';
import { testDatabaseKinds, type DatabaseKind } from '../testing/databases.ts';

// `pnpm bench -- --db sqlite` passes the `--` on to the script: skip it.
const args = process.argv.slice(2);
const { values: options } = parseArgs({
  args: args[0] === '--' ? args.slice(1) : args,
  options: {
    items: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '40' },
    db: { type: 'string' },
  },
});
const ITEMS = Number(options.items);
const RUNS = Number(options.runs);

const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));
const createKnex = requireFromCms('knex') as (config: Knex.Config) => Knex;

interface SearchModule {
  searchStatements(
    dialect: DatabaseKind,
    params: { q: string; locale: string; page: number; pageSize: number; types: string[] },
  ): { page: { sql: string; bindings: Array<string | number> }; count: { sql: string; bindings: Array<string | number> } } | null;
}

// --- Synthetic content: deterministic, with a realistic spread of word frequencies. ---

function random(seed: number): () => number {
  // mulberry32: small, fast and repeatable.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REAL_WORDS = (
  'health care hospital patient nurse doctor service community primary mental cancer plan workforce ' +
  'partnership luton bedford milton keynes trust board appointment director programme vacancy event ' +
  'workshop brief news integrated system transformation funding digital pharmacy maternity children ' +
  'social council volunteer training recruitment clinic screening vaccination wellbeing strategy'
).split(' ');
const SYLLABLES = ['ka', 'lo', 'mi', 'ner', 'sto', 'vel', 'ran', 'di', 'pu', 'tes', 'gor', 'lin', 'bra', 'shu', 'en', 'ox'];

function vocabulary(size: number, next: () => number): string[] {
  const words = new Set(REAL_WORDS);
  while (words.size < size) {
    const length = 2 + Math.floor(next() * 3);
    words.add(Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

/** Zipf-like: word i is picked with probability ~ 1/(i+1). */
function zipfPicker(words: string[], next: () => number): () => string {
  const cumulative: number[] = [];
  let sum = 0;
  for (let index = 0; index < words.length; index++) cumulative.push((sum += 1 / (index + 1)));
  return () => {
    const target = next() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  };
}

const TYPES = ['news-item', 'brief', 'event', 'vacancy', 'leadership-update'];
const LOCALE_SHARES: Array<[string, number]> = [['en', 0.85], ['pl', 0.05], ['ur', 0.05], ['ro', 0.05]];
const POSTGRES_CONFIGS: Record<string, string> = { en: 'english', ro: 'romanian' };

interface Item {
  type: string;
  document_id: string;
  locale: string;
  slug: string;
  title: string;
  body: string;
  date: string;
}

function* syntheticItems(count: number): Generator<Item> {
  const next = random(20260523);
  const pick = zipfPicker(vocabulary(20_000, next), next);
  const sentence = (words: number) => Array.from({ length: words }, pick).join(' ');
  for (let index = 0; index < count; index++) {
    let roll = next();
    const locale = LOCALE_SHARES.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'en';
    const title = sentence(4 + Math.floor(next() * 6));
    const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(next() * 3650) * 86_400_000).toISOString().slice(0, 10);
    yield {
      type: TYPES[index % TYPES.length]!,
      document_id: `bench${index.toString(36).padStart(19, '0')}`,
      locale,
      slug: `bench-${index}`,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      body: `${sentence(40 + Math.floor(next() * 80))}.`,
      date: day,
    };
  }
}

// --- Filling the index, timing, plans. ---

function connect(cms: TestCms): Knex {
  const env = cms.database.env;
  return cms.database.kind === 'sqlite'
    ? createKnex({ client: 'better-sqlite3', connection: { filename: env.DATABASE_FILENAME! }, useNullAsDefault: true })
    : createKnex({ client: 'pg', connection: env.DATABASE_URL });
}

async function fillIndex(db: Knex, kind: DatabaseKind): Promise<void> {
  const started = Date.now();
  const batch: Array<Record<string, string>> = [];
  const flush = async (trx: Knex.Transaction) => {
    // PostgreSQL takes up to 65,535 bindings a statement; SQLite's limit is far higher here.
    if (batch.length) await trx('blmk_search_entries').insert(batch.splice(0));
  };
  await db.transaction(async (trx) => {
    for (const item of syntheticItems(ITEMS)) {
      batch.push(kind === 'postgres' ? { ...item, config: POSTGRES_CONFIGS[item.locale] ?? 'simple' } : { ...item });
      if (batch.length === 500) await flush(trx);
    }
    await flush(trx);
  });
  if (kind === 'postgres') await db.raw('ANALYZE blmk_search_entries');
  else await db.raw(`INSERT INTO blmk_search_fts(blmk_search_fts) VALUES ('optimize')`);
  const counted = (await db('blmk_search_entries').count({ total: '*' })) as Array<{ total: number | string }>;
  console.log(`  index filled: ${Number(counted[0]?.total)} rows (${ITEMS} synthetic) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

interface BenchQuery {
  label: string;
  params: Record<string, string>;
}

/** Query words chosen from the synthetic vocabulary's head, middle and tail, and the seed. */
function benchQueries(): BenchQuery[] {
  const words = vocabulary(20_000, random(20260523));
  return [
    { label: 'common word', params: { q: words[0]! } },
    { label: 'two common words', params: { q: `${words[1]} ${words[3]}` } },
    { label: 'mid-frequency word', params: { q: words[400]! } },
    { label: 'rare word', params: { q: words[15_000]! } },
    { label: 'three words', params: { q: `${words[2]} ${words[50]} ${words[300]}` } },
    { label: 'seeded title', params: { q: 'Single Operating Plan' } },
    { label: 'common word, page 20', params: { q: words[0]!, page: '20' } },
    { label: 'common word, vacancies only', params: { q: words[0]!, types: 'vacancy' } },
    { label: 'common word, Polish', params: { q: words[0]!, locale: 'pl' } },
    { label: 'no match', params: { q: 'xylophonist' } },
  ];
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

async function timeQuery(cms: TestCms, query: BenchQuery): Promise<string> {
  const url = `${cms.url}/api/search?${new URLSearchParams(query.params)}`;
  let total = '';
  for (let warm = 0; warm < 3; warm++) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
    const { pagination } = ((await response.json()) as { meta: { pagination: { total: number; totalExact: boolean } } }).meta;
    total = `${pagination.totalExact ? '' : '>'}${pagination.total}`;
  }
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
  return `  ${query.label.padEnd(30)} ${total.padStart(7)} hits   p50 ${ms(percentile(times, 0.5))}   p95 ${ms(percentile(times, 0.95))}`;
}

async function printPlans(db: Knex, kind: DatabaseKind, queries: BenchQuery[]): Promise<void> {
  const { searchStatements } = requireFromCms('./dist/src/search/query.js') as SearchModule;
  for (const query of [queries[0]!, queries[3]!]) {
    const params = { q: query.params.q!, locale: 'en', page: 1, pageSize: 10, types: TYPES };
    const statements = searchStatements(kind, params)!;
    for (const [name, statement] of [['page of results', statements.page], ['count', statements.count]] as const) {
      console.log(`\n  Query plan, ${query.label} ("${params.q}"), ${name}:`);
      if (kind === 'sqlite') {
        const plan = (await db.raw(`EXPLAIN QUERY PLAN ${statement.sql}`, statement.bindings)) as Array<{ detail: string }>;
        for (const step of plan) console.log(`    ${step.detail}`);
      } else {
        const plan = await db.raw(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${statement.sql}`, statement.bindings);
        for (const step of plan.rows as Array<{ 'QUERY PLAN': string }>) console.log(`    ${step['QUERY PLAN']}`);
      }
    }
  }
}

async function benchDatabase(kind: DatabaseKind): Promise<void> {
  console.log(`\n=== ${kind}: ${ITEMS} items ===`);
  const cms = await startTestCms({ database: kind, seed: true });
  try {
    await cms.stop();
    const db = connect(cms);
    try {
      await fillIndex(db, kind);
      await cms.start();
      const queries = benchQueries();
      console.log(`  GET /api/search, ${RUNS} sequential requests each after 3 warm-up requests (page size 10):`);
      for (const query of queries) console.log(await timeQuery(cms, query));
      await printPlans(db, kind, queries);
    } finally {
      await db.destroy();
    }
  } finally {
    await cms.destroy();
  }
}

async function main(): Promise<void> {
  if (!Number.isInteger(ITEMS) || ITEMS < 1 || !Number.isInteger(RUNS) || RUNS < 1) {
    throw new Error('--items and --runs must be whole numbers above 0.');
  }
  const available = await testDatabaseKinds();
  const kinds = options.db ? [options.db as DatabaseKind] : available;
  for (const kind of kinds) {
    if (!available.includes(kind)) throw new Error(`Database "${kind}" is not available here (have: ${available.join(', ')}).`);
    await benchDatabase(kind);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
