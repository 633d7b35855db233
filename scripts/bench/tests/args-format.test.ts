import { describe, expect, test } from 'vitest';
import { parseBenchArgs } from '../args.ts';
import { parseDataArgs } from '../data.ts';
import { resultsMarkdown, verdictLines } from '../format.ts';
import { pageAssets } from '../measure.ts';
import { emptyResults } from '../results.ts';
import { evaluateTargets } from '../targets.ts';

describe('arguments', () => {
  test('bench: defaults, --quick, the pnpm "--" and bad values', () => {
    expect(parseBenchArgs([])).toEqual({ quick: false, durationS: 10, databases: ['sqlite', 'postgres'], redis: true, lighthouse: true, save: undefined });
    expect(parseBenchArgs(['--', '--quick', '--db', 'sqlite', '--no-redis', '--no-lighthouse', '--save', 'after'])).toEqual({ quick: true, durationS: 3, databases: ['sqlite'], redis: false, lighthouse: false, save: 'after' });
    expect(() => parseBenchArgs(['--duration', '0'])).toThrow(/--duration/);
    expect(() => parseBenchArgs(['--db', 'mysql'])).toThrow(/--db/);
    expect(() => parseBenchArgs(['--save', '../x'])).toThrow(/--save/);
    expect(() => parseBenchArgs(['--fast'])).toThrow();
  });

  test('bench:data: named sizes, numbers and bad values', () => {
    expect(parseDataArgs(['--size', '10k'])).toEqual({ total: 10_000, db: 'sqlite', keep: false });
    expect(parseDataArgs(['--', '--size', '250', '--db', 'postgres', '--keep'])).toEqual({ total: 250, db: 'postgres', keep: true });
    expect(() => parseDataArgs(['--size', '1m'])).toThrow(/--size/);
    expect(() => parseDataArgs(['--db', 'oracle'])).toThrow(/--db/);
  });
});

describe('result formatting', () => {
  test('the Markdown has every scenario, figure and target, and the console a line per target', () => {
    const results = emptyResults(true, new Date('2026-12-06T12:00:00Z'));
    results.load.cached = { rps: 1234.4, p50: 1.2, p95: 3.4, p99: 5.6, errors: 0, requests: 3703, connections: 50, durationS: 3 };
    results.metrics['coldStart.site.ms'] = 321.09;
    const outcomes = evaluateTargets(results);
    const markdown = resultsMarkdown(results, outcomes, { cached: '(b) cached news article' });
    expect(markdown).toContain('# Benchmark results (quick)');
    expect(markdown).toContain('| (b) cached news article | 50 | 3 | 3703 | 1234 | 1.2 | 3.4 | 5.6 | 0 |');
    expect(markdown).toContain('| coldStart.site.ms | 321.1 |');
    expect(markdown).toContain('| T8 Lighthouse (mobile) on home, article, brief, vacancy: Performance ≥ 98, Accessibility, Best Practices, SEO 100 | NOT MEASURED |');
    const lines = verdictLines(outcomes);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(/^T1 +NOT MEASURED/);
  });

  test('page assets: stylesheets and scripts that run, not JSON data blocks', () => {
    const html =
      '<link rel="stylesheet" href="/_nuxt/entry.css"><link href="/a.css" rel="stylesheet"><link rel="icon" href="/f.ico">' +
      '<script type="application/ld+json">{}</script><script type="application/json" id="__NUXT_DATA__">[]</script>';
    expect(pageAssets(html)).toEqual({ stylesheets: ['/_nuxt/entry.css', '/a.css'], scripts: 0 });
    expect(pageAssets('<script src="/x.js"></script><link rel="modulepreload" href="/y.js">').scripts).toBe(2);
  });
});
