/** What one load run measured (milliseconds, requests per second). */
export interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors, timeouts and answers other than 2xx/3xx. */
  errors: number;
  requests: number;
  connections: number;
  durationS: number;
}

/** Everything one `pnpm bench` run measured; a missing key means it was not measured. */
export interface BenchResults {
  meta: { startedAt: string; quick: boolean; node: string; cpus: number; notes: string[] };
  /** Load scenarios, by id (see SCENARIOS in main.ts). */
  load: Record<string, LoadResult>;
  /** Single figures, by id: ms, bytes, MB or counts, as the id's suffix says. */
  metrics: Record<string, number>;
}

export function emptyResults(quick: boolean, now = new Date()): BenchResults {
  return { meta: { startedAt: now.toISOString(), quick, node: process.version, cpus: 0, notes: [] }, load: {}, metrics: {} };
}

/** The nearest-rank percentile of sorted values (0 for none). */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}
