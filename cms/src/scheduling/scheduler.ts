import type { Core } from '@strapi/strapi';
import { readSchedulerConfig, type SchedulerConfig } from './config';
import { runDueJobs } from './jobs';

/**
 * Runs the due jobs every SCHEDULER_INTERVAL_MS (default 15 s) while the CMS serves
 * HTTP. Ticks never overlap: a slow tick makes the next one wait, not run twice.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly config: SchedulerConfig,
  ) {}

  start(): void {
    if (this.timer || this.stopped) return;
    this.strapi.log.info(`[scheduler] started: every ${this.config.intervalMs} ms, vacancy grace ${this.config.vacancyGraceDays} day(s)`);
    this.timer = setInterval(() => void this.tick(), this.config.intervalMs);
    // Catch up on whatever fell due while the CMS was down.
    void this.tick();
  }

  /** Runs one pass now unless one is already running (then waits for that one). */
  tick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.running ??= this.runOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async runOnce(): Promise<void> {
    try {
      const result = await runDueJobs(this.strapi, new Date(), this.config.vacancyGraceDays);
      if (result.published + result.unpublished + result.expired + result.failed > 0) {
        this.strapi.log.info(`[scheduler] ${JSON.stringify(result)}`);
      }
    } catch (error) {
      this.strapi.log.error(`[scheduler] tick failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  /** Stops the timer and waits for a running pass to finish, so shutdown never cuts a job in half. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

let scheduler: Scheduler | undefined;

/**
 * Called from bootstrap(). Starts only once the HTTP server listens: commands that
 * load the CMS without serving it (the seed import, type generation) never run jobs.
 */
export function startScheduler(strapi: Core.Strapi): void {
  const config = readSchedulerConfig();
  const instance = new Scheduler(strapi, config);
  scheduler = instance;
  strapi.server.httpServer.once('listening', () => instance.start());
}

/** Called from destroy(). */
export async function stopScheduler(): Promise<void> {
  await scheduler?.stop();
  scheduler = undefined;
}
