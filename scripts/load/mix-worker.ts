/**
 * One autocannon load over a mix of paths, in its own process (so the load generator's
 * CPU is not the measured server's). Prints one JSON MixResult line.
 * Usage: node mix-worker.ts '{"origin":"http://127.0.0.1:3000","paths":["/","/news"],"connections":200,"durationS":60}'
 */
import autocannon from 'autocannon';
import { percentile } from '../bench/results.ts';

export interface MixInput {
  origin: string;
  paths: string[];
  connections: number;
  durationS: number;
  accept?: string;
}

export interface MixResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Answers per HTTP status. */
  statuses: Record<string, number>;
  /** Connection errors and timeouts (no HTTP answer). */
  errors: number;
  timeouts: number;
  connections: number;
  durationS: number;
}

const input = JSON.parse(process.argv[2] ?? '{}') as MixInput;
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(input.origin)) throw new Error('The load goes to 127.0.0.1 only.');

let next = 0;
const latencies: number[] = [];
const statuses: Record<string, number> = {};
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    {
      url: input.origin,
      connections: input.connections,
      duration: input.durationS,
      timeout: 10,
      headers: { accept: input.accept ?? 'text/html' },
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: input.paths[next++ % input.paths.length]! }) }],
    },
    (error, done) => (error ? reject(error) : resolve(done)),
  );
  instance.on('response', (_client, status, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
});
latencies.sort((a, b) => a - b);
const round = (value: number) => Number(value.toFixed(1));
const output: MixResult = {
  requests: latencies.length,
  rps: round(latencies.length / (result.duration || input.durationS)),
  p50: round(percentile(latencies, 0.5)),
  p95: round(percentile(latencies, 0.95)),
  p99: round(percentile(latencies, 0.99)),
  max: round(latencies.at(-1) ?? 0),
  statuses,
  errors: result.errors,
  timeouts: result.timeouts,
  connections: input.connections,
  durationS: input.durationS,
};
process.stdout.write(`${JSON.stringify(output)}\n`);
