import {
  DEFAULT_LOCALE,
  EDITORIAL_TYPES,
  entryPath,
  FEED_FORMATS,
  feedPath,
  isEditorialType,
  isLocale,
  isPublicType,
  listPath,
  LOCALES,
  localisedPath,
  pagePath,
  type FeedKind,
  type Locale,
  type PublicType,
} from '@blmk/shared-types';
import { isSlug } from '#shared/utils/slug';

/**
 * What the CMS's purge webhook says (cms/src/webhooks/site-revalidate.ts) and which
 * cached pages it makes stale. Pure, so the mapping is unit-tested; the endpoint
 * (server/api/revalidate.post.ts) checks the signature and does the purging.
 */

export const REVALIDATE_EVENTS = ['publish', 'unpublish', 'update', 'delete'] as const;
export type RevalidateEvent = (typeof REVALIDATE_EVENTS)[number];

/** The model is a type's singular name: an editorial type, or reference data (REFERENCE_TYPES). */
export type RevalidateModel = PublicType;

export interface RevalidatePayload {
  event: RevalidateEvent;
  model: RevalidateModel;
  documentId: string;
  locale: Locale;
  slug: string | null;
}

export class RevalidatePayloadError extends Error {}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** Checks a parsed webhook body; throws RevalidatePayloadError naming the bad field. */
export function parseRevalidatePayload(body: unknown): RevalidatePayload {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new RevalidatePayloadError('The body must be a JSON object.');
  const { event, model, documentId, locale, slug } = body as Record<string, unknown>;
  if (!isOneOf(REVALIDATE_EVENTS, event)) throw new RevalidatePayloadError(`event must be one of ${REVALIDATE_EVENTS.join(', ')}.`);
  if (!isPublicType(model)) throw new RevalidatePayloadError('Unknown model.');
  if (typeof documentId !== 'string' || !/^[A-Za-z0-9]{1,64}$/.test(documentId)) throw new RevalidatePayloadError('documentId must be a Strapi document id.');
  if (!isLocale(locale)) throw new RevalidatePayloadError('Unknown locale.');
  if (slug !== null && slug !== undefined && !isSlug(slug)) throw new RevalidatePayloadError('slug must be a slug or null.');
  return { event, model, documentId, locale, slug: slug ?? null };
}

/** Cached pages to drop: exact paths (any query string), path prefixes, or everything. */
export interface PurgeTarget {
  paths: string[];
  prefixes: string[];
  everything: boolean;
}

function feedPaths(kinds: FeedKind[], locale: Locale): string[] {
  return kinds.flatMap((kind) => FEED_FORMATS.map((format) => feedPath({ kind, format, locale })));
}

/**
 * The locales whose pages show an entry of this locale. Pages in other languages show
 * the English entry wherever there is no translation (server/cms/site.ts),
 * so an English change reaches every locale's pages; a translation, only its own.
 * Feeds are not mixed: each locale's feed lists its own entries only.
 */
function localesShowing(locale: Locale): readonly Locale[] {
  return locale === DEFAULT_LOCALE ? LOCALES : [locale];
}

/**
 * The pages a change makes stale. Briefs embed news, events, vacancies and leadership
 * updates in full, so a change to one of those also drops the brief pages (a dozen a
 * year per locale; asking the CMS which briefs refer to an item fails once the item is
 * unpublished, as the reference goes with it). Reference data appears on too many
 * pages to list: it drops everything.
 */
export function pagesToPurge({ model, locale, slug }: RevalidatePayload): PurgeTarget {
  if (!isEditorialType(model)) return { paths: [], prefixes: [], everything: true };
  const facts = EDITORIAL_TYPES[model];
  const paths = ['/sitemap.xml', ...feedPaths([...facts.feeds], locale)];
  const prefixes: string[] = [];
  for (const shown of localesShowing(locale)) {
    paths.push(listPath(model, shown), ...facts.otherLists.map((list) => localisedPath(shown, list)));
    if (facts.onHome) paths.push(pagePath('home', shown));
    if (slug) paths.push(entryPath(model, slug, shown));
    if (model !== 'brief') prefixes.push(`${listPath('brief', shown)}/`);
  }
  return { paths, prefixes, everything: false };
}

/** The page a request path belongs to: no query, no trailing slash, no /_payload.json. */
export function pagePathOf(requestPath: string): string {
  const pathname = requestPath.split(/[?#]/, 1)[0] ?? '/';
  const page = pathname.replace(/\/_payload\.json$/, '').replace(/\/+$/, '');
  return page || '/';
}

export function isPurged(pagePath: string, target: PurgeTarget): boolean {
  return target.everything || target.paths.includes(pagePath) || target.prefixes.some((prefix) => pagePath.startsWith(prefix));
}
