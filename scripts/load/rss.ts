import { readFile } from 'node:fs/promises';

/** Resident memory (VmRSS) of a process and its descendants now, in MB; 0 once it has gone. */
export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  let total = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) / 1024;
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  for (const child of children.split(/\s+/).filter(Boolean)) total += await rssMb(Number(child));
  return total;
}

export interface RssSeries {
  /** Seconds since the load started, and MB. */
  samples: Array<[number, number]>;
}

/** Samples `pid`'s RSS every `everyMs` until `stop()`. */
export function sampleRss(pid: number, everyMs = 1_000): { series: RssSeries; stop(): void } {
  const series: RssSeries = { samples: [] };
  const started = Date.now();
  const take = async () => series.samples.push([(Date.now() - started) / 1000, await rssMb(pid)]);
  void take();
  const timer = setInterval(() => void take(), everyMs);
  return { series, stop: () => clearInterval(timer) };
}

export interface RssSummary {
  startMb: number;
  maxMb: number;
  endMb: number;
  /** Mean of the first and the last quarter of the run. */
  firstQuarterMb: number;
  lastQuarterMb: number;
  /** Least-squares slope over the second half, in MB per minute: near 0 is flat. */
  slopeMbPerMin: number;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

export function summariseRss({ samples }: RssSeries): RssSummary {
  const values = samples.map(([, mb]) => mb);
  const quarter = Math.max(1, Math.floor(samples.length / 4));
  const half = samples.slice(Math.floor(samples.length / 2));
  const meanT = mean(half.map(([t]) => t));
  const meanMb = mean(half.map(([, mb]) => mb));
  const covariance = half.reduce((sum, [t, mb]) => sum + (t - meanT) * (mb - meanMb), 0);
  const variance = half.reduce((sum, [t]) => sum + (t - meanT) ** 2, 0);
  return {
    startMb: values[0] ?? 0,
    maxMb: Math.max(0, ...values),
    endMb: values.at(-1) ?? 0,
    firstQuarterMb: mean(values.slice(0, quarter)),
    lastQuarterMb: mean(values.slice(-quarter)),
    slopeMbPerMin: variance ? (covariance / variance) * 60 : 0,
  };
}
