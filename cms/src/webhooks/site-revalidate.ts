import { createHmac } from 'node:crypto';
import { DEFAULT_LOCALE } from '@blmk/shared-types';
import type { Core, UID } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES, type PublicContentType } from '../content-types';
import { isSeedImport } from '../utils/seed-import';
import { useDocumentMiddleware } from '../utils/document-middleware';

/**
 * Tells the public site which pages to drop from its cache when content changes, so a
 * change is live within a moment rather than when the site's cache expires.
 *
 * Contract (web/server/api/revalidate.post.ts is the other end): POST
 * `${SITE_WEBHOOK_URL or SITE_URL}/api/revalidate` with JSON `{ event, model, documentId, locale, slug }` and
 * `x-blmk-signature: t=<unix seconds>,sha256=<hex HMAC-SHA256 of "<t>.<raw body>", key SITE_WEBHOOK_SECRET>`.
 * One request per (locale, slug) whose published page changed: a slug edited before
 * publishing sends both the old and the new slug, so neither page stays stale.
 */

const WATCHED_ACTIONS = ['publish', 'unpublish', 'update', 'delete'] as const;
type WatchedAction = (typeof WATCHED_ACTIONS)[number];

export interface RevalidatePayload {
  event: WatchedAction;
  /** The content type's singular name, e.g. "news-item". */
  model: string;
  documentId: string;
  locale: string;
  /** Null for entries without a slug (reference data). */
  slug: string | null;
}

interface PublishedRow {
  locale: string | null;
  slug: string | null;
}

const SEND_TIMEOUT_MS = 5_000;

/** `t=<unix seconds>,sha256=<hex HMAC of "<t>.<body>">`: the time is signed too, so the site refuses a replay (web/server/utils/webhook-signature.ts). */
export function signBody(body: string, secret: string, nowMs = Date.now()): string {
  const at = Math.floor(nowMs / 1000);
  return `t=${at},sha256=${createHmac('sha256', secret).update(`${at}.${body}`).digest('hex')}`;
}

function isWatchedAction(action: string): action is WatchedAction {
  return (WATCHED_ACTIONS as readonly string[]).includes(action);
}

function isPublicType(uid: string): uid is PublicContentType {
  return (PUBLIC_CONTENT_TYPES as readonly string[]).includes(uid);
}

/** The published rows (one per locale) of a document, straight from the database. */
async function publishedRows(strapi: Core.Strapi, uid: PublicContentType, documentId: string): Promise<PublishedRow[]> {
  const hasSlug = 'slug' in strapi.getModel(uid as UID.ContentType).attributes;
  const rows = (await strapi.db.query(uid).findMany({
    where: { documentId, publishedAt: { $notNull: true } },
    select: hasSlug ? ['locale', 'slug'] : ['locale'],
  })) as Array<{ locale?: string | null; slug?: string | null }>;
  return rows.map((row) => ({ locale: row.locale ?? null, slug: row.slug ?? null }));
}

/** The locale an action was asked for, or undefined for "every locale" (delete all, '*'). */
function requestedLocale(params: Record<string, unknown>): string | undefined {
  const locale = params.locale;
  return typeof locale === 'string' && locale !== '*' ? locale : undefined;
}

/** Payloads for every published page the action touched, old and new slugs alike. */
export function payloadsFor(
  event: WatchedAction,
  model: string,
  documentId: string,
  rows: PublishedRow[],
  locale: string | undefined,
  defaultLocale: string,
): RevalidatePayload[] {
  const seen = new Set<string>();
  const payloads: RevalidatePayload[] = [];
  for (const row of rows) {
    const rowLocale = row.locale ?? defaultLocale;
    if (locale !== undefined && rowLocale !== locale) continue;
    const key = `${rowLocale}\u0000${row.slug ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    payloads.push({ event, model, documentId, locale: rowLocale, slug: row.slug });
  }
  return payloads;
}

async function send(strapi: Core.Strapi, siteUrl: string, secret: string, payload: RevalidatePayload): Promise<void> {
  const body = JSON.stringify(payload);
  try {
    const response = await fetch(new URL('/api/revalidate', siteUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-blmk-signature': signBody(body, secret) },
      body,
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    if (!response.ok) strapi.log.warn(`[site-revalidate] ${payload.model} ${payload.documentId}: the site answered ${response.status}`);
  } catch (error) {
    // The site being down must never fail an editor's publish: its cache expires on its own.
    strapi.log.warn(`[site-revalidate] ${payload.model} ${payload.documentId}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Where the webhook goes: SITE_WEBHOOK_URL when set (the site as the CMS reaches it, e.g.
 * http://web:3000 inside docker compose, where SITE_URL's public address may not route),
 * else SITE_URL, the public address also used in mails. Undefined when neither is set.
 */
export function webhookBaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  return env.SITE_WEBHOOK_URL?.trim() || env.SITE_URL?.trim() || undefined;
}

/**
 * Registers the document-service middleware (call from register()). Without a site URL and
 * SITE_WEBHOOK_SECRET it does nothing and says so once: the site then relies on its
 * cache expiring.
 */
export function registerSiteRevalidation(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): void {
  // The seed import runs its own Strapi process: there is no site cache to tell.
  if (isSeedImport()) return;
  const siteUrl = webhookBaseUrl(env);
  const secret = env.SITE_WEBHOOK_SECRET?.trim();
  if (!siteUrl || !secret) {
    strapi.log.info('[site-revalidate] SITE_WEBHOOK_URL/SITE_URL or SITE_WEBHOOK_SECRET not set: the site is not told about changes.');
    return;
  }
  useDocumentMiddleware(strapi, async (context, next) => {
    const { uid, action } = context;
    const documentId = (context.params as { documentId?: unknown }).documentId;
    if (!isWatchedAction(action) || !isPublicType(uid) || typeof documentId !== 'string') return next();

    const before = await publishedRows(strapi, uid, documentId);
    const result = await next();
    const after = await publishedRows(strapi, uid, documentId);

    const model = strapi.getModel(uid as UID.ContentType).info.singularName;
    const payloads = payloadsFor(action, model, documentId, [...before, ...after], requestedLocale(context.params as Record<string, unknown>), DEFAULT_LOCALE);
    // Sent after the action's own transaction: the site re-reads the CMS on the next visit.
    setImmediate(() => {
      for (const payload of payloads) void send(strapi, siteUrl, secret, payload);
    });
    return result;
  });
}
