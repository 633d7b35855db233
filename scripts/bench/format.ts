import type { BenchResults } from './results.ts';
import type { TargetOutcome } from './targets.ts';

const cell = (value: number | undefined, digits = 1) => (value === undefined ? '–' : value.toFixed(digits));

/** One console line per target: `T1 PASS  figure  (ratio 1.20)`. */
export function verdictLines(outcomes: TargetOutcome[]): string[] {
  return outcomes.map(
    (outcome) =>
      `${outcome.id.padEnd(4)} ${outcome.verdict.padEnd(12)} ${outcome.title}: ${outcome.figure}${outcome.ratio === undefined ? '' : ` (ratio ${outcome.ratio.toFixed(2)})`}`,
  );
}

/** The results as Markdown: load scenarios, single figures, targets. */
export function resultsMarkdown(results: BenchResults, outcomes: TargetOutcome[], labels: Record<string, string> = {}): string {
  const lines = [
    `# Benchmark results${results.meta.quick ? ' (quick)' : ''}`,
    '',
    `Run ${results.meta.startedAt} on Node ${results.meta.node}, ${results.meta.cpus} CPU(s); load from autocannon in a separate process on the same machine.`,
    '',
    '## Load scenarios',
    '',
    '| scenario | conns | s | requests | rps | p50 ms | p95 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [id, run] of Object.entries(results.load)) {
    lines.push(
      `| ${labels[id] ?? id} | ${run.connections} | ${run.durationS} | ${run.requests} | ${cell(run.rps, 0)} | ${cell(run.p50)} | ${cell(run.p95)} | ${cell(run.p99)} | ${run.errors} |`,
    );
  }
  lines.push('', '## Other figures', '', '| figure | value |', '| --- | ---: |');
  for (const [id, value] of Object.entries(results.metrics)) lines.push(`| ${id} | ${cell(value)} |`);
  lines.push('', '## Targets', '', '| target | verdict | figure | ratio |', '| --- | --- | --- | ---: |');
  for (const outcome of outcomes) {
    lines.push(`| ${outcome.id} ${outcome.title} | ${outcome.verdict} | ${outcome.figure} | ${cell(outcome.ratio, 2)} |`);
  }
  if (results.meta.notes.length) lines.push('', '## Notes', '', ...results.meta.notes.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}
