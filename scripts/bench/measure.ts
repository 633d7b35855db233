import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../testing/processes.ts';
import type { LoadResult } from './results.ts';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-worker.ts');

/** One autocannon run from a separate process (load-worker.ts). */
export async function loadTest(options: { url: string; connections: number; durationS: number; uniqueQuery?: boolean }): Promise<LoadResult> {
  const { stdout } = await runCommand(process.execPath, [WORKER, JSON.stringify(options)], { cwd: path.dirname(WORKER) });
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as LoadResult;
}

/** Peak resident memory (VmHWM) of a process and its descendants, in MB; 0 once it has gone. */
export async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  let total = kb / 1024;
  for (const child of children.split(/\s+/).filter(Boolean)) total += await peakRssMb(Number(child));
  return total;
}

/** A GET with the browser's Accept-Encoding: the body's bytes as sent (not decoded). */
export function transferred(url: string): Promise<{ status: number; bytes: number; body: Buffer; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/html,text/css,*/*', 'accept-encoding': 'gzip, br' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, bytes: body.length, body, encoding: String(response.headers['content-encoding'] ?? 'identity') });
      });
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The stylesheets a page links and the scripts it would run (JSON data blocks are not scripts). */
export function pageAssets(html: string): { stylesheets: string[]; scripts: number } {
  const stylesheets: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel=["']?stylesheet/i.test(tag)) {
      const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
      if (href) stylesheets.push(href);
    }
  }
  let scripts = 0;
  for (const [, attributes] of html.matchAll(/<script\b([^>]*)>/gi)) {
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes ?? '')?.[1]?.toLowerCase();
    if (type !== 'application/json' && type !== 'application/ld+json') scripts++;
  }
  scripts += [...html.matchAll(/<link\b[^>]*rel=["']?modulepreload/gi)].length;
  return { stylesheets, scripts };
}
