/**
 * Runs one autocannon load in its own process (so the load generator's CPU is not the
 * measured server's) and prints one JSON LoadResult line. Latencies come from each
 * response's own time, so any percentile can be read (autocannon reports p97.5, not p95).
 * Usage: node load-worker.ts '{"url":"…","connections":50,"durationS":10,"uniqueQuery":false}'
 */
import autocannon from 'autocannon';
import { percentile, type LoadResult } from './results.ts';

interface WorkerInput {
  url: string;
  connections: number;
  durationS: number;
  /** Adds `?bench-miss=<n>` to every request: a new page-cache key each time. */
  uniqueQuery?: boolean;
  headers?: Record<string, string>;
}

const input = JSON.parse(process.argv[2] ?? '{}') as WorkerInput;
if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(input.url)) throw new Error('The bench only loads servers on 127.0.0.1.');

const url = new URL(input.url);
let counter = 0;
const latencies: number[] = [];
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
  {
  url: url.origin,
  connections: input.connections,
  duration: input.durationS,
  headers: { accept: 'text/html', ...input.headers },
  requests: [
    {
      method: 'GET',
      setupRequest: (request) => ({
        ...request,
        path: input.uniqueQuery ? `${url.pathname}?bench-miss=${process.pid}-${counter++}` : `${url.pathname}${url.search}`,
      }),
    },
  ],
  },
  (error, done) => (error ? reject(error) : resolve(done)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
});
latencies.sort((a, b) => a - b);
const round = (value: number) => Number(value.toFixed(2));
const output: LoadResult = {
  rps: round(result.requests.total / (result.duration || input.durationS)),
  p50: round(percentile(latencies, 0.5)),
  p95: round(percentile(latencies, 0.95)),
  p99: round(percentile(latencies, 0.99)),
  errors: result.errors + result.timeouts + result.non2xx,
  requests: result.requests.total,
  connections: input.connections,
  durationS: input.durationS,
};
process.stdout.write(`${JSON.stringify(output)}\n`);
