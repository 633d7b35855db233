import type { MixResult } from './mix-worker.ts';
import type { RssSummary } from './rss.ts';

export interface TargetReport extends MixResult {
  rss: RssSummary;
  rssSamples: Array<[number, number]>;
}

export interface LoadReport {
  date: string;
  database: string;
  cpus: number;
  loadAverage: { start: number; end: number };
  sitePaths: string[];
  cmsPaths: string[];
  site: TargetReport;
  cms: TargetReport;
}

const mb = (value: number) => `${value.toFixed(0)} MB`;

/** "Flat" when the second half grows by less than 5 MB a minute and the last quarter is within 10% of the first. */
export function memoryVerdict(rss: RssSummary): string {
  const flat = rss.slopeMbPerMin < 5 && rss.lastQuarterMb <= rss.firstQuarterMb * 1.1;
  return flat ? 'flat' : 'GROWING';
}

function row(name: string, target: TargetReport): string {
  const non200 = Object.entries(target.statuses).filter(([status]) => status !== '200');
  const errors = target.errors + target.timeouts + non200.reduce((sum, [, count]) => sum + count, 0);
  return `| ${name} | ${target.connections} | ${target.requests} | ${target.rps} | ${target.p50} | ${target.p95} | ${target.p99} | ${target.max} | ${errors} (${JSON.stringify(target.statuses)}, ${target.errors} errors, ${target.timeouts} timeouts) |`;
}

function memoryRow(name: string, rss: RssSummary): string {
  return `| ${name} | ${mb(rss.startMb)} | ${mb(rss.firstQuarterMb)} | ${mb(rss.lastQuarterMb)} | ${mb(rss.maxMb)} | ${mb(rss.endMb)} | ${rss.slopeMbPerMin.toFixed(1)} | ${memoryVerdict(rss)} |`;
}

export function loadMarkdown(report: LoadReport): string {
  return [
    '# Load (`pnpm load`)',
    '',
    `${report.date}, ${report.site.durationS} s, production builds on loopback (\`strapi start\` on ${report.database}, seeded; \`node web/.output/server/index.mjs\`, page cache in memory), ${report.cpus} CPUs.`,
    `Load average (1 min) ${report.loadAverage.start.toFixed(2)} at the start, ${report.loadAverage.end.toFixed(2)} at the end: the cores are shared with other work, and the load generators (autocannon, one process each) run on the same cores.`,
    '',
    '| Target | Connections | Requests | rps | p50 ms | p95 ms | p99 ms | max ms | Errors (non-200, no answer) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    row(`Site, ${report.sitePaths.length} cached pages`, report.site),
    row(`CMS public API, ${report.cmsPaths.length} requests`, report.cms),
    '',
    'Resident memory (VmRSS, process and children), sampled every second during the measured load (after the warm-up):',
    '',
    '| Process | Start | First quarter | Last quarter | Max | End | Slope, second half (MB/min) | Memory |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    memoryRow('Site', report.site.rss),
    memoryRow('CMS', report.cms.rss),
    '',
    `Site pages: ${report.sitePaths.map((p) => `\`${p}\``).join(', ')}.`,
    '',
    `CMS requests: ${report.cmsPaths.map((p) => `\`${p}\``).join(', ')}.`,
    '',
  ].join('\n');
}
