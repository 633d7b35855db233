import { describe, expect, test } from 'vitest';
import { emptyResults, percentile, type BenchResults, type LoadResult } from '../results.ts';
import { evaluateTargets } from '../targets.ts';

const run = (rps: number, p95 = 5, p99 = 10, errors = 0): LoadResult => ({ rps, p50: 1, p95, p99, errors, requests: rps * 10, connections: 50, durationS: 10 });
const verdict = (results: BenchResults, id: string) => evaluateTargets(results).find((outcome) => outcome.id === id)!;

describe('target evaluation', () => {
  test('T1 passes at half the bare rps with p99 under 25 ms and no errors, and fails just below', () => {
    const results = emptyResults(false);
    results.load.bare = run(10_000);
    results.load.cached = run(5_000, 5, 24.9);
    expect(verdict(results, 'T1')).toMatchObject({ verdict: 'PASS', ratio: 1 });
    results.load.cached = run(4_999, 5, 24.9);
    expect(verdict(results, 'T1').verdict).toBe('FAIL');
    results.load.cached = run(9_000, 5, 25);
    expect(verdict(results, 'T1').verdict).toBe('FAIL');
    results.load.cached = run(9_000, 5, 10, 1);
    expect(verdict(results, 'T1').verdict).toBe('FAIL');
  });

  test('a target whose figures are missing is NOT MEASURED, never PASS', () => {
    const outcomes = evaluateTargets(emptyResults(true));
    expect(outcomes.map((outcome) => outcome.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10']);
    for (const outcome of outcomes) expect(outcome.verdict).toBe('NOT MEASURED');
  });

  test('T4 needs both databases; T9 and T10 fail when one figure is over', () => {
    const results = emptyResults(false);
    results.load['cmsList.sqlite'] = run(500, 20);
    expect(verdict(results, 'T4').verdict).toBe('NOT MEASURED');
    results.load['cmsList.postgres'] = run(500, 26);
    expect(verdict(results, 'T4')).toMatchObject({ verdict: 'FAIL', ratio: 1.04 });
    Object.assign(results.metrics, { 'rss.site.mb': 150, 'rss.cms.mb': 601, 'coldStart.cms.ms': 7000, 'coldStart.site.ms': 900 });
    expect(verdict(results, 'T9').verdict).toBe('FAIL');
    expect(verdict(results, 'T10').verdict).toBe('PASS');
  });

  test('T7 fails on one heavy page or any script', () => {
    const results = emptyResults(false);
    Object.assign(results.metrics, { 'weight.home.bytes': 30_000, 'weight.home.scripts': 0, 'weight.article.bytes': 49_999, 'weight.article.scripts': 0 });
    expect(verdict(results, 'T7').verdict).toBe('PASS');
    results.metrics['weight.article.scripts'] = 1;
    expect(verdict(results, 'T7').verdict).toBe('FAIL');
    results.metrics['weight.article.scripts'] = 0;
    results.metrics['weight.notFound.bytes'] = 50_000;
    expect(verdict(results, 'T7').verdict).toBe('FAIL');
  });

  test('T8 passes only with Performance ≥ 98 and 100 for the rest on all four pages', () => {
    const results = emptyResults(false);
    const scores = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
    for (const page of ['home', 'article', 'brief']) {
      for (const [category, score] of Object.entries(scores)) results.metrics[`lighthouse.${page}.${category}`] = score;
    }
    expect(verdict(results, 'T8').verdict).toBe('NOT MEASURED');
    for (const [category, score] of Object.entries(scores)) results.metrics[`lighthouse.vacancy.${category}`] = score;
    expect(verdict(results, 'T8')).toMatchObject({ verdict: 'PASS', ratio: 1 });
    results.metrics['lighthouse.brief.performance'] = 97;
    expect(verdict(results, 'T8').verdict).toBe('FAIL');
    results.metrics['lighthouse.brief.performance'] = 100;
    results.metrics['lighthouse.home.seo'] = 92;
    expect(verdict(results, 'T8')).toMatchObject({ verdict: 'FAIL', ratio: 0.92 });
  });
});

test('percentile is nearest-rank', () => {
  const values = Array.from({ length: 100 }, (_, index) => index + 1);
  expect([percentile(values, 0.5), percentile(values, 0.95), percentile(values, 0.99), percentile([], 0.5)]).toEqual([50, 95, 99, 0]);
});
