import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isSeedImport } from '../utils/seed-import';
import { singleLocale, useDocumentMiddleware, type DocumentCall } from '../utils/document-middleware';
import { contentTypeMediaPopulate, imageAltTextProblems } from './image-alt-text';
import { slugProblems } from './slug-unique';
import { ukToday, type Problem } from './rules';
import { TYPE_RULES } from './type-rules';
import { BRIEF_ENTRY_TYPES, listingBriefProblems } from '../api/brief/rules';
import { currentActor } from '../audit/actor-context';
import { registerWarningsRoute } from './warnings';

/** One ValidationError carrying every problem; the admin marks each field by its path. */
function refuse(problems: Problem[]): void {
  if (problems.length === 0) return;
  throw new errors.ValidationError(problems.map((problem) => problem.message).join(' '), {
    errors: problems.map((problem) => ({ path: problem.path, message: problem.message, name: 'ValidationError' })),
  });
}

/**
 * Warnings do not stop a save. They go to the CMS log and the audit log (action
 * 'validation-warning', visible to comms officers at GET /blmk/audit); the edit view's
 * Warnings panel asks the same rules about the draft (warnings.ts, GET /blmk/warnings).
 */
async function warn(strapi: Core.Strapi, call: DocumentCall, documentId: string | undefined, warnings: Problem[]): Promise<void> {
  for (const warning of warnings) {
    strapi.log.warn(`${call.uid} ${documentId ?? ''}: ${warning.message}`);
    await strapi.service('api::audit-entry.audit-entry').record({
      action: 'validation-warning',
      contentType: call.uid,
      documentId,
      locale: singleLocale(call) ?? null,
      entryTitle: typeof call.params.data?.title === 'string' ? call.params.data.title : null,
      details: { path: warning.path.join('.'), message: warning.message },
    });
  }
}

/** Rules on the data being saved (drafts included). */
async function checkSave(strapi: Core.Strapi, call: DocumentCall): Promise<Problem[]> {
  const data = call.params.data ?? {};
  const problems = [
    ...(TYPE_RULES[call.uid]?.save?.(data) ?? []),
    ...(await imageAltTextProblems(strapi, call.uid, data)),
    // A clone is a new document: its slug must differ from its source's too.
    ...(await slugProblems(strapi, call.uid, data, {
      documentId: call.action === 'clone' ? undefined : call.params.documentId,
      locale: singleLocale(call),
    })),
  ];
  return problems;
}

/** The drafts about to be published, with their images. */
async function draftsOf(strapi: Core.Strapi, call: DocumentCall): Promise<Array<Record<string, unknown>>> {
  const locale = singleLocale(call);
  return strapi.db.query(call.uid as UID.ContentType).findMany({
    where: { documentId: call.params.documentId, publishedAt: null, ...(locale ? { locale } : {}) },
    populate: contentTypeMediaPopulate(strapi, call.uid),
  });
}

/**
 * Rules that apply when an entry goes live. Alt text is checked again because it can
 * be removed in the media library after the image was placed.
 */
async function checkPublish(strapi: Core.Strapi, call: DocumentCall): Promise<Problem[]> {
  const drafts = await draftsOf(strapi, call);
  const problems: Problem[] = [];
  for (const draft of drafts) problems.push(...(await imageAltTextProblems(strapi, call.uid, draft)));
  const publishRule = TYPE_RULES[call.uid]?.publish;
  if (publishRule) {
    problems.push(...(await publishRule({ strapi, documentId: call.params.documentId, locale: singleLocale(call), drafts, today: ukToday() })));
  }
  return problems;
}

/**
 * Taking an entry down. The scheduler is exempt: its unpublish times were set by an editor
 * in advance, and a closed vacancy must come down whatever lists it.
 */
async function checkWithdraw(strapi: Core.Strapi, call: DocumentCall): Promise<Problem[]> {
  const { documentId } = call.params;
  if (!BRIEF_ENTRY_TYPES.has(call.uid) || !documentId || currentActor(strapi).kind === 'scheduler') return [];
  return listingBriefProblems(strapi, call.uid, documentId, singleLocale(call));
}

/**
 * Saving with status 'published' publishes inside Strapi, past the middlewares: save
 * the draft, then publish through the Document Service so its rules and audit apply.
 */
async function saveThenPublish(strapi: Core.Strapi, call: DocumentCall, next: () => Promise<unknown>): Promise<unknown> {
  if (call.params.status !== 'published' || !hasDraftAndPublish(strapi, call.uid)) return next();
  call.params.status = 'draft';
  const draft = (await next()) as { documentId: string };
  const locale = singleLocale(call);
  // Strapi types publish() only for types known to have Draft & Publish; checked above.
  const documents = strapi.documents(call.uid as UID.ContentType) as unknown as {
    publish(params: { documentId: string; locale?: string }): Promise<{ entries: unknown[] }>;
  };
  const published = await documents.publish({ documentId: draft.documentId, ...(locale ? { locale } : {}) });
  return published.entries[0];
}

function hasDraftAndPublish(strapi: Core.Strapi, uid: string): boolean {
  return strapi.contentTypes[uid as UID.ContentType]?.options?.draftAndPublish === true;
}

/**
 * The editorial rules, enforced in the Document Service so the admin, the content
 * API, the scheduler and scripts all meet them. The seed import is exempt: it brings
 * in historic content (see utils/seed-import.ts).
 */
export function registerValidation(strapi: Core.Strapi): void {
  registerWarningsRoute(strapi);
  useDocumentMiddleware(strapi, async (call, next) => {
    if (!call.uid.startsWith('api::') || isSeedImport()) return next();
    if (call.action === 'create' || call.action === 'update') {
      refuse(await checkSave(strapi, call));
      const saved = (await saveThenPublish(strapi, call, next)) as { documentId?: string } | null;
      const warnings = TYPE_RULES[call.uid]?.saveWarnings?.(call.params.data ?? {}) ?? [];
      await warn(strapi, call, saved?.documentId, warnings);
      return saved;
    }
    if (call.action === 'clone') refuse(await checkSave(strapi, call));
    if (call.action === 'publish') refuse(await checkPublish(strapi, call));
    if (call.action === 'unpublish' || call.action === 'delete') refuse(await checkWithdraw(strapi, call));
    return next();
  });
}
