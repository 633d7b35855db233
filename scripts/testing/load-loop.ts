/**
 * A bounded load for fault tests: `connections` loops, each fetching the next of
 * `paths` as soon as its last answer arrived, until `stop()` (or `maxMs`). Loopback
 * only. It records every answer's status and every failure, so a test can say "no 5xx".
 */
export interface LoadTally {
  requests: number;
  /** How many answers had each status. */
  statuses: Record<number, number>;
  /** Requests that got no HTTP answer (refused, reset, timed out), with what happened. */
  failures: string[];
  /** The slowest answer, in ms. */
  maxMs: number;
}

export interface RunningLoad {
  tally: LoadTally;
  /** Ends the loops and resolves once every one has returned. */
  stop(): Promise<LoadTally>;
}

export function startLoad(baseUrl: string, paths: string[], { connections = 8, maxMs = 60_000, timeoutMs = 10_000 } = {}): RunningLoad {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(baseUrl)) throw new Error(`Fault loads go to 127.0.0.1 only, not ${baseUrl}.`);
  const tally: LoadTally = { requests: 0, statuses: {}, failures: [], maxMs: 0 };
  const deadline = Date.now() + maxMs;
  let stopped = false;
  let next = 0;
  const loop = async () => {
    while (!stopped && Date.now() < deadline) {
      const path = paths[next++ % paths.length]!;
      const started = Date.now();
      try {
        const response = await fetch(`${baseUrl}${path}`, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(timeoutMs) });
        await response.arrayBuffer();
        tally.statuses[response.status] = (tally.statuses[response.status] ?? 0) + 1;
      } catch (error) {
        tally.failures.push(`${path}: ${(error as Error).message}`);
      }
      tally.requests++;
      tally.maxMs = Math.max(tally.maxMs, Date.now() - started);
    }
  };
  const loops = Array.from({ length: connections }, loop);
  return {
    tally,
    async stop() {
      stopped = true;
      await Promise.all(loops);
      return tally;
    },
  };
}

/** The statuses of 500 and above in a tally, e.g. { 503: 2 }. */
export function serverErrors(tally: LoadTally): Record<number, number> {
  return Object.fromEntries(Object.entries(tally.statuses).filter(([status]) => Number(status) >= 500));
}
