import type { Core } from '@strapi/strapi';
import { newsletterConfig } from '../config';
import { isStopping, SendError } from '../sends';
import { digestConfig } from './config';
import { digestExistsFor, startDigest } from './digest';
import { describeSchedule, latestDigestRun } from './schedule';

/**
 * Starts the weekly digest when its time comes. It checks every minute whether the
 * latest scheduled time has a digest yet, so a CMS that was down at that time catches up
 * when it starts again, within CATCH_UP_MS (later than that, the week is skipped rather
 * than mailing "this week's" digest days late). The digest itself is resumable
 * (sends.ts); this only decides when one starts, and at most one per scheduled time.
 */
const CHECK_EVERY_MS = 60_000;
const CATCH_UP_MS = 12 * 3600_000;

let timer: NodeJS.Timeout | undefined;
let checking: Promise<void> | undefined;

async function check(strapi: Core.Strapi): Promise<void> {
  const schedule = digestConfig().schedule;
  if (!schedule || isStopping() || !newsletterConfig().secret) return;
  const now = new Date();
  const slot = latestDigestRun(schedule, now);
  if (now.getTime() - slot.getTime() > CATCH_UP_MS || (await digestExistsFor(strapi, slot))) return;
  const result = await startDigest(strapi, { scheduledFor: slot, now });
  strapi.log.info(`Newsletter: weekly digest for ${slot.toISOString()}: ${JSON.stringify(result)}`);
}

function tick(strapi: Core.Strapi): void {
  checking ??= check(strapi)
    .catch((error: unknown) => {
      // A digest being sent (one asked for by hand): this week's waits for it, next minute.
      if (error instanceof SendError && error.status === 409) return;
      strapi.log.error(`Newsletter: the weekly digest could not start: ${error instanceof Error ? error.message : String(error)}`);
    })
    .finally(() => {
      checking = undefined;
    });
}

/** From bootstrap, once the server listens (the seed import and type generation never send). */
export function startDigestScheduler(strapi: Core.Strapi): void {
  const { schedule } = digestConfig();
  strapi.log.info(`Newsletter: weekly digest ${describeSchedule(schedule)}.`);
  if (!schedule) return;
  strapi.server.httpServer.once('listening', () => {
    tick(strapi);
    timer = setInterval(() => tick(strapi), CHECK_EVERY_MS);
    timer.unref();
  });
}

export function stopDigestScheduler(): void {
  if (timer) clearInterval(timer);
  timer = undefined;
}
