import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { ADMIN_ROLE_CODES } from '../admin-roles';
import { registerAdminRoutes, type AdminRoute } from '../utils/admin-routes';
import { NewsletterNotConfiguredError } from './config';
import { bodyOf, reply, replyError } from './http';
import { eraseSubscriber, exportSubscriber } from './privacy';
import { subscriberSummary } from './subscriber-summary';
import { sendLog, sendTest, startSend } from './brief-sends';
import { digestConfig } from './digest/config';
import { digestLog, digestSendLog, sendDigestTest, startDigest } from './digest/digest';
import { describeSchedule, nextDigestRun } from './digest/schedule';
import { SendError, type AdminUser } from './sends';
import { checkLanguage, normaliseEmail } from './validate';

const commsOnly = [{ name: 'global::has-admin-role', config: { roles: [ADMIN_ROLE_CODES.commsOfficer] } }];
const DOCUMENT_ID = /^[a-z0-9]{1,60}$/;

function adminUser(ctx: Context): AdminUser {
  const user = ctx.state.user as { id: number; email: string };
  return { id: user.id, email: user.email };
}

type Handler = (ctx: Context, strapi: Core.Strapi) => Promise<void>;

/** Turns the newsletter's own errors into clear answers; anything else is a 500. */
function handle(strapi: Core.Strapi, handler: Handler) {
  return async (ctx: Context) => {
    try {
      await handler(ctx, strapi);
    } catch (error) {
      if (error instanceof SendError) return replyError(ctx, error.status, error.message);
      if (error instanceof NewsletterNotConfiguredError) return replyError(ctx, 503, error.message);
      throw error;
    }
  };
}

function briefId(ctx: Context): string | undefined {
  const { documentId } = ctx.params as { documentId?: string };
  if (documentId && DOCUMENT_ID.test(documentId)) return documentId;
  replyError(ctx, 400, 'The brief documentId is not valid.', [{ field: 'documentId', message: 'Not a documentId.' }]);
  return undefined;
}

function emailParam(ctx: Context): string | undefined {
  const checked = normaliseEmail(ctx.query.email);
  if (checked.ok) return checked.value;
  replyError(ctx, 400, checked.errors[0]!.message, checked.errors);
  return undefined;
}

const testSend: Handler = async (ctx, strapi) => {
  const documentId = briefId(ctx);
  if (!documentId) return;
  const language = checkLanguage(ctx.query.locale ?? bodyOf(ctx).locale);
  if (!language.ok) return replyError(ctx, 400, language.errors[0]!.message, language.errors);
  reply(ctx, 200, await sendTest(strapi, documentId, language.value, adminUser(ctx)));
};

const send: Handler = async (ctx, strapi) => {
  const documentId = briefId(ctx);
  if (!documentId) return;
  const again = bodyOf(ctx).again;
  if (again !== undefined && typeof again !== 'boolean') {
    return replyError(ctx, 400, '"again" must be true or false.', [{ field: 'again', message: 'Must be true or false.' }]);
  }
  reply(ctx, 202, await startSend(strapi, documentId, { again: again === true }, adminUser(ctx)));
};

const log: Handler = async (ctx, strapi) => {
  const documentId = briefId(ctx);
  if (documentId) reply(ctx, 200, await sendLog(strapi, documentId));
};

/** The weekly digest: its schedule and its latest sends. */
const digests: Handler = async (ctx, strapi) => {
  const { schedule, eventWeeks } = digestConfig();
  reply(ctx, 200, {
    schedule: describeSchedule(schedule),
    nextRunAt: schedule ? nextDigestRun(schedule, new Date()).toISOString() : null,
    eventWeeks,
    sends: await digestLog(strapi),
  });
};

const digestOne: Handler = async (ctx, strapi) => {
  const { documentId } = ctx.params as { documentId?: string };
  if (!documentId || !DOCUMENT_ID.test(documentId)) {
    return replyError(ctx, 400, 'The digest documentId is not valid.', [{ field: 'documentId', message: 'Not a documentId.' }]);
  }
  reply(ctx, 200, await digestSendLog(strapi, documentId));
};

/** "Send digest now": what is new since the last digest, to its subscribers now; 409 when nothing is. */
const digestNow: Handler = async (ctx, strapi) => {
  const result = await startDigest(strapi, { user: adminUser(ctx) });
  reply(ctx, 202, result);
};

const digestTest: Handler = async (ctx, strapi) => {
  const language = checkLanguage(ctx.query.locale ?? bodyOf(ctx).locale);
  if (!language.ok) return replyError(ctx, 400, language.errors[0]!.message, language.errors);
  reply(ctx, 200, await sendDigestTest(strapi, language.value, adminUser(ctx)));
};

const summary: Handler = async (ctx, strapi) => {
  reply(ctx, 200, await subscriberSummary(strapi));
};

const exportOne: Handler = async (ctx, strapi) => {
  const email = emailParam(ctx);
  if (!email) return;
  const data = await exportSubscriber(strapi, email);
  if (!data) return replyError(ctx, 404, 'Nothing is stored about this address.');
  reply(ctx, 200, data);
};

const eraseOne: Handler = async (ctx, strapi) => {
  const email = emailParam(ctx);
  if (!email) return;
  const result = await eraseSubscriber(strapi, email);
  if (!result) return replyError(ctx, 404, 'Nothing is stored about this address.');
  reply(ctx, 200, result);
};

/** The newsletter's admin API (comms officers and super admins), under /blmk/newsletter. */
export function registerNewsletterAdminRoutes(strapi: Core.Strapi): void {
  const route = (method: AdminRoute['method'], path: string, handler: Handler): AdminRoute => ({
    method,
    path: `/newsletter${path}`,
    handler: handle(strapi, handler),
    config: { policies: commsOnly },
  });
  registerAdminRoutes(strapi, [
    route('POST', '/briefs/:documentId/test', testSend),
    route('POST', '/briefs/:documentId/send', send),
    route('GET', '/briefs/:documentId/log', log),
    route('GET', '/digests', digests),
    route('POST', '/digests/send', digestNow),
    route('POST', '/digests/test', digestTest),
    route('GET', '/digests/:documentId', digestOne),
    route('GET', '/subscribers/summary', summary),
    route('GET', '/subscribers/export', exportOne),
    route('DELETE', '/subscribers', eraseOne),
  ]);
}
