import type { Core } from '@strapi/strapi';
import { labelScheduleFields } from './edit-view-labels';
import { registerScheduleRules } from './schedule-rules';
import { startScheduler, stopScheduler } from './scheduler';

/** register(): the schedule's validation on every editorial write. */
export function registerScheduling(strapi: Core.Strapi): void {
  registerScheduleRules(strapi);
}

/** bootstrap(): readable schedule fields in the edit form; the scheduler, once the server listens. */
export async function bootstrapScheduling(strapi: Core.Strapi): Promise<void> {
  await labelScheduleFields(strapi);
  startScheduler(strapi);
}

/** destroy(): stop the scheduler, letting a running job finish. */
export function destroyScheduling(): Promise<void> {
  return stopScheduler();
}
