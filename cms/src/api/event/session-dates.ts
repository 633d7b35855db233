import type { Core } from '@strapi/strapi';
import { useDocumentMiddleware } from '../../utils/document-middleware';

const EVENT = 'api::event.event';

/** YYYY-MM-DD of a session's date as the admin or the API sends it, or undefined. */
function dayOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

/** The latest session day of a list of sessions, or null when none has a date. */
export function lastSessionDate(sessions: unknown): string | null {
  if (!Array.isArray(sessions)) return null;
  const days = sessions.map((session) => dayOf((session as { date?: unknown } | null)?.date)).filter((day): day is string => day !== undefined);
  return days.length ? days.reduce((latest, day) => (day > latest ? day : latest)) : null;
}

/**
 * Keeps an event's `lastSessionDate` equal to its latest session, so the site can ask
 * the CMS for one page of past events (lastSessionDate before today, latest first) in
 * one indexed query instead of reading every event: Strapi can neither filter on "no
 * session from today" nor sort by a repeatable component. Derived only: a value sent
 * without the sessions is dropped, one sent with them is replaced.
 */
export function registerEventSessionDates(strapi: Core.Strapi): void {
  useDocumentMiddleware(strapi, (call, next) => {
    const data = call.params.data;
    if (call.uid === EVENT && (call.action === 'create' || call.action === 'update') && data) {
      if ('sessions' in data) data.lastSessionDate = lastSessionDate(data.sessions);
      else delete data.lastSessionDate;
    }
    return next();
  });
}

/**
 * Fills `lastSessionDate` on events stored before it existed (drafts and published
 * rows alike, straight in the database: nothing about the entries changes). Runs at
 * every start; a no-op once every dated event has it.
 */
export async function backfillEventSessionDates(strapi: Core.Strapi): Promise<number> {
  const rows = (await strapi.db.query(EVENT).findMany({
    where: { lastSessionDate: null },
    select: ['id'],
    populate: { sessions: { select: ['date'] } },
  })) as Array<{ id: number; sessions?: unknown }>;
  let filled = 0;
  for (const row of rows) {
    const last = lastSessionDate(row.sessions);
    if (!last) continue;
    await strapi.db.query(EVENT).update({ where: { id: row.id }, data: { lastSessionDate: last } });
    filled++;
  }
  if (filled) strapi.log.info(`[events] filled the last session date of ${filled} stored event rows.`);
  return filled;
}
