/**
 * T8: Lighthouse (mobile, its default settings) on Debian's Chromium, one page at a time.
 * Chromium is started by hand rather than through chrome-launcher so its flags are ours
 * alone: the quiet ones of scripts/testing/browser.ts, and a resolver rule that sends
 * every host but the site's to nowhere, so neither Lighthouse nor Chromium fetches
 * anything from the internet.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lighthouse from 'lighthouse';
import { freePort } from '../lib/ports.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** Scores 0-100 by category, and the audits that lost points (for the notes). */
export interface LighthouseScores {
  scores: Record<LighthouseCategory, number>;
  failing: string[];
}

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function waitForDevtools(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Chromium exited (${child.exitCode}) before its DevTools port opened.`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error('Chromium did not open its DevTools port within 20 s.');
}

/** Runs Lighthouse on each URL (all on 127.0.0.1) in one Chromium; scores by page name. */
export async function lighthousePages(pages: Record<string, string>): Promise<Record<string, LighthouseScores>> {
  const port = await freePort();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'blmk-lighthouse-'));
  const chromium = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  try {
    await waitForDevtools(port, chromium);
    const results: Record<string, LighthouseScores> = {};
    for (const [name, url] of Object.entries(pages)) {
      const run = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] });
      if (!run) throw new Error(`Lighthouse gave no result for ${url}`);
      const { categories, audits, runtimeError } = run.lhr;
      if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
      const scores = {} as Record<LighthouseCategory, number>;
      for (const category of LIGHTHOUSE_CATEGORIES) scores[category] = Math.round((categories[category]?.score ?? 0) * 100);
      const failing = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
        .map((audit) => `${audit.id} ${audit.displayValue ?? audit.score}`);
      results[name] = { scores, failing };
    }
    return results;
  } finally {
    chromium.kill('SIGKILL');
    await new Promise((resolve) => (chromium.exitCode === null ? chromium.once('exit', resolve) : resolve(undefined)));
    await rm(profile, { recursive: true, force: true });
  }
}
