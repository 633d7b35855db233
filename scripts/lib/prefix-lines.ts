import type { Readable, Writable } from 'node:stream';

const COLOURS: Record<string, string> = { cms: '35', web: '36', seed: '33' };

/** Copies a child's output line by line, each line tagged with the child's name. */
export function prefixLines(source: Readable | null, target: Writable, name: string): void {
  if (!source) return;
  const tag = `\u001b[${COLOURS[name] ?? '37'}m[${name}]\u001b[0m `;
  let pending = '';
  source.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) target.write(`${tag}${line}\n`);
  });
  source.on('end', () => {
    if (pending) target.write(`${tag}${pending}\n`);
  });
}
