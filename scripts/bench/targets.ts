import type { BenchResults } from './results.ts';

export type Verdict = 'PASS' | 'FAIL' | 'NOT MEASURED';

export interface TargetOutcome {
  id: string;
  title: string;
  verdict: Verdict;
  /** The measured figure(s), in words. */
  figure: string;
  /** Measured over allowed (below 1 is good for limits; for shares, share over the floor). */
  ratio?: number;
}

interface Target {
  id: string;
  title: string;
  evaluate(results: BenchResults): Omit<TargetOutcome, 'id' | 'title'>;
}

const notMeasured = (why: string) => ({ verdict: 'NOT MEASURED' as const, figure: why });
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Each limit `metric < max`, all measured, all below: PASS; one missing: NOT MEASURED. */
function allBelow(results: BenchResults, limits: Array<[string, number, string]>): Omit<TargetOutcome, 'id' | 'title'> {
  const missing = limits.filter(([key]) => results.metrics[key] === undefined).map(([key]) => key);
  const measured = limits.filter(([key]) => results.metrics[key] !== undefined);
  const figure = measured.map(([key, max, unit]) => `${key} ${round(results.metrics[key]!, 1)} ${unit} (< ${max})`).join('; ');
  if (missing.length) return notMeasured(`${figure ? `${figure}; ` : ''}missing ${missing.join(', ')}`);
  const ratio = Math.max(...limits.map(([key, max]) => results.metrics[key]! / max));
  return { verdict: ratio < 1 ? 'PASS' : 'FAIL', figure, ratio: round(ratio) };
}

/** The product's performance targets (issue 11), read by main.ts after a run. */
export const TARGETS: Target[] = [
  {
    id: 'T1',
    title: 'cached article ≥ 50 % of bare-Node rps, p99 < 25 ms, 0 errors',
    evaluate({ load }) {
      const cached = load.cached;
      const bare = load.bare;
      if (!cached || !bare) return notMeasured('cached or bare-Node scenario missing');
      const share = cached.rps / bare.rps;
      const ok = share >= 0.5 && cached.p99 < 25 && cached.errors === 0;
      return {
        verdict: ok ? 'PASS' : 'FAIL',
        figure: `${Math.round(cached.rps)} rps = ${(share * 100).toFixed(1)} % of ${Math.round(bare.rps)}; p99 ${cached.p99} ms; ${cached.errors} errors`,
        ratio: round(share / 0.5),
      };
    },
  },
  {
    id: 'T2',
    title: 'Redis-cached article ≥ 35 % of bare-Node rps',
    evaluate({ load }) {
      const redis = load.redis;
      const bare = load.bare;
      if (!redis || !bare) return notMeasured('Redis or bare-Node scenario missing');
      const share = redis.rps / bare.rps;
      return {
        verdict: share >= 0.35 && redis.errors === 0 ? 'PASS' : 'FAIL',
        figure: `${Math.round(redis.rps)} rps = ${(share * 100).toFixed(1)} % of ${Math.round(bare.rps)}; ${redis.errors} errors`,
        ratio: round(share / 0.35),
      };
    },
  },
  {
    id: 'T3',
    title: 'uncached render p95 < 30 ms at 10 connections',
    evaluate({ load }) {
      const uncached = load.uncached;
      if (!uncached) return notMeasured('uncached scenario missing');
      return {
        verdict: uncached.p95 < 30 && uncached.errors === 0 ? 'PASS' : 'FAIL',
        figure: `p95 ${uncached.p95} ms, ${Math.round(uncached.rps)} rps, ${uncached.errors} errors`,
        ratio: round(uncached.p95 / 30),
      };
    },
  },
  {
    id: 'T4',
    title: 'CMS list endpoint p95 < 25 ms at 10 connections, SQLite and PostgreSQL',
    evaluate({ load }) {
      const runs = (['sqlite', 'postgres'] as const).map((db) => [db, load[`cmsList.${db}`]] as const);
      const figure = runs
        .filter(([, run]) => run)
        .map(([db, run]) => `${db} p95 ${run!.p95} ms (${Math.round(run!.rps)} rps, ${run!.errors} errors)`)
        .join('; ');
      if (runs.some(([, run]) => !run)) return notMeasured(`${figure || 'nothing'}; needs both databases`);
      const ratio = Math.max(...runs.map(([, run]) => run!.p95 / 25));
      const errors = runs.some(([, run]) => run!.errors > 0);
      return { verdict: ratio < 1 && !errors ? 'PASS' : 'FAIL', figure, ratio: round(ratio) };
    },
  },
  {
    id: 'T5',
    title: 'p95 of list/detail/search/home at the large size within 1.5x of 1k',
    evaluate({ metrics }) {
      const keys = ['list', 'detail', 'search', 'home'];
      if (keys.some((key) => metrics[`growth.${key}`] === undefined)) return notMeasured('needs a run at 1k and at the large size');
      const ratio = Math.max(...keys.map((key) => metrics[`growth.${key}`]!));
      return {
        verdict: ratio <= 1.5 ? 'PASS' : 'FAIL',
        figure: keys.map((key) => `${key} x${round(metrics[`growth.${key}`]!)}`).join(', '),
        ratio: round(ratio / 1.5),
      };
    },
  },
  {
    id: 'T6',
    title: 'publish-to-visible < 1 s, in-memory and Redis cache',
    evaluate: (results) =>
      allBelow(results, [
        ['publishVisible.memory.ms', 1000, 'ms'],
        ['publishVisible.redis.ms', 1000, 'ms'],
      ]),
  },
  {
    id: 'T7',
    title: 'every page type HTML+CSS < 50 kB transferred, no client JS',
    evaluate({ metrics }) {
      const pages = Object.keys(metrics)
        .filter((key) => key.startsWith('weight.') && key.endsWith('.bytes'))
        .map((key) => key.slice('weight.'.length, -'.bytes'.length));
      if (pages.length === 0) return notMeasured('no page weighed');
      const scripts = pages.reduce((sum, page) => sum + (metrics[`weight.${page}.scripts`] ?? 0), 0);
      const largest = Math.max(...pages.map((page) => metrics[`weight.${page}.bytes`]!));
      const figure = pages.map((page) => `${page} ${(metrics[`weight.${page}.bytes`]! / 1000).toFixed(1)} kB`).join(', ');
      return {
        verdict: largest < 50_000 && scripts === 0 ? 'PASS' : 'FAIL',
        figure: `${figure}; ${scripts} script(s)`,
        ratio: round(largest / 50_000),
      };
    },
  },
  {
    id: 'T8',
    title: 'Lighthouse (mobile) on home, article, brief, vacancy: Performance ≥ 98, Accessibility, Best Practices, SEO 100',
    evaluate({ metrics }) {
      const pages = ['home', 'article', 'brief', 'vacancy'];
      const categories: Array<[string, number, string]> = [
        ['performance', 98, 'P'],
        ['accessibility', 100, 'A'],
        ['best-practices', 100, 'BP'],
        ['seo', 100, 'SEO'],
      ];
      const score = (page: string, category: string) => metrics[`lighthouse.${page}.${category}`];
      if (pages.some((page) => categories.some(([category]) => score(page, category) === undefined))) return notMeasured('Lighthouse scores missing (--no-lighthouse?)');
      const figure = pages.map((page) => `${page} ${categories.map(([category, , short]) => `${short} ${score(page, category)}`).join('/')}`).join(', ');
      // The worst shortfall: the lowest score over its floor.
      const ratio = Math.min(...pages.flatMap((page) => categories.map(([category, floor]) => score(page, category)! / floor)));
      return { verdict: ratio >= 1 ? 'PASS' : 'FAIL', figure, ratio: round(ratio) };
    },
  },
  {
    id: 'T9',
    title: 'peak RSS: site < 200 MB, CMS < 600 MB',
    evaluate: (results) =>
      allBelow(results, [
        ['rss.site.mb', 200, 'MB'],
        ['rss.cms.mb', 600, 'MB'],
      ]),
  },
  {
    id: 'T10',
    title: 'cold start: CMS < 8 s, site < 1 s',
    evaluate: (results) =>
      allBelow(results, [
        ['coldStart.cms.ms', 8000, 'ms'],
        ['coldStart.site.ms', 1000, 'ms'],
      ]),
  },
];

export function evaluateTargets(results: BenchResults, targets: Target[] = TARGETS): TargetOutcome[] {
  return targets.map((target) => ({ id: target.id, title: target.title, ...target.evaluate(results) }));
}
