import type { Core } from '@strapi/strapi';
import { registerScheduleRules } from './schedule-rules';
import { startScheduler, stopScheduler } from './scheduler';

/** register(): the schedule's validation on every editorial write. */
export function registerScheduling(strapi: Core.Strapi): void {
  registerScheduleRules(strapi);
}

/** bootstrap(): the scheduler, once the server listens (its fields' labels are in admin-layout/table.ts). */
export async function bootstrapScheduling(strapi: Core.Strapi): Promise<void> {
  startScheduler(strapi);
}

/** destroy(): stop the scheduler, letting a running job finish. */
export function destroyScheduling(): Promise<void> {
  return stopScheduler();
}
