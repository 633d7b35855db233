/** How the scheduler is tuned from the environment; bad values stop the CMS with a clear message. */
export interface SchedulerConfig {
  /** How often the scheduler looks for due jobs. */
  intervalMs: number;
  /** Days a vacancy stays published after its closing date (0: it goes the day after). */
  vacancyGraceDays: number;
}

const DEFAULT_INTERVAL_MS = 15_000;
/**
 * A closed vacancy's page stays up for two weeks, saying it is closed (people still
 * follow links to it; job boards see it has no JobPosting), then it goes.
 */
const DEFAULT_VACANCY_GRACE_DAYS = 14;

function readInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}".`);
  }
  return value;
}

export function readSchedulerConfig(env: NodeJS.ProcessEnv = process.env): SchedulerConfig {
  return {
    intervalMs: readInteger(env, 'SCHEDULER_INTERVAL_MS', DEFAULT_INTERVAL_MS, 100),
    vacancyGraceDays: readInteger(env, 'VACANCY_GRACE_DAYS', DEFAULT_VACANCY_GRACE_DAYS, 0),
  };
}
