import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentActor } from '../audit/actor-context';
import { recordAudit } from '../audit/record';
import { callLocale, entryLabel, useEditorialMiddleware, type DocumentCall } from '../utils/document-middleware';

type ScheduleField = 'publishAt' | 'unpublishAt';
const FIELDS: ScheduleField[] = ['publishAt', 'unpublishAt'];

type Schedule = Record<ScheduleField, string | null>;

function toIso(value: unknown, field: ScheduleField): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value as string);
  if (Number.isNaN(date.getTime())) {
    throw new errors.ValidationError(`${field} must be a date and time, got "${String(value)}".`, { path: [field] });
  }
  return date.toISOString();
}

async function currentSchedule(strapi: Core.Strapi, call: DocumentCall, locale: string): Promise<Schedule> {
  const empty: Schedule = { publishAt: null, unpublishAt: null };
  if (call.action !== 'update' || !call.params.documentId) return empty;
  const draft = (await strapi.db.query(call.uid as 'api::brief.brief').findOne({
    where: { documentId: call.params.documentId, locale, publishedAt: null },
    select: ['publishAt', 'unpublishAt'],
  })) as Partial<Schedule> | null;
  return { publishAt: toIso(draft?.publishAt, 'publishAt'), unpublishAt: toIso(draft?.unpublishAt, 'unpublishAt') };
}

/** The schedule after this write: fields the call sets, the stored values for the rest. */
function nextSchedule(data: Record<string, unknown>, before: Schedule): Schedule {
  const pick = (field: ScheduleField) => (field in data ? toIso(data[field], field) : before[field]);
  return { publishAt: pick('publishAt'), unpublishAt: pick('unpublishAt') };
}

export function assertScheduleValid(schedule: Schedule): void {
  const { publishAt, unpublishAt } = schedule;
  if (publishAt && unpublishAt && new Date(unpublishAt) <= new Date(publishAt)) {
    throw new errors.ValidationError(
      `"Unpublish at" (${unpublishAt}) must be after "Publish at" (${publishAt}): the entry would be taken down before it goes up.`,
      { path: ['unpublishAt'] },
    );
  }
}

/**
 * On every create and update of an editorial entry: refuses an unpublish time that
 * is not after the publish time, and writes an audit entry when the schedule changes.
 */
export function registerScheduleRules(strapi: Core.Strapi): void {
  useEditorialMiddleware(strapi, async (call, next) => {
    const data = call.params.data;
    if ((call.action !== 'create' && call.action !== 'update') || !data || !FIELDS.some((field) => field in data)) {
      return next();
    }
    const locale = await callLocale(strapi, call);
    const before = await currentSchedule(strapi, call, locale);
    const after = nextSchedule(data, before);
    assertScheduleValid(after);
    const result = (await next()) as { documentId?: string } | null;
    const changed = FIELDS.filter((field) => before[field] !== after[field]);
    if (result && changed.length > 0) {
      await recordAudit(strapi, {
        action: 'schedule',
        contentType: call.uid,
        documentId: result.documentId ?? call.params.documentId,
        locale,
        entryTitle: entryLabel(result),
        actor: currentActor(strapi),
        details: Object.fromEntries(changed.map((field) => [field, after[field]])),
      });
    }
    return result;
  });
}
