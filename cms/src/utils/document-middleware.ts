import type { Core, Modules } from '@strapi/strapi';
import { EDITORIAL_CONTENT_TYPES, type EditorialContentType } from '../content-types';

/**
 * The one way the CMS hooks into the Document Service: every middleware (validation,
 * scheduling, history, audit, search, site revalidation) registers through here, so
 * they all see the same loosely typed call (Strapi's own type is a union per type and action).
 */
export interface DocumentCall {
  uid: string;
  action: string;
  params: {
    documentId?: string;
    locale?: string | string[] | null;
    data?: Record<string, unknown>;
    status?: string;
  } & Record<string, unknown>;
}

export type DocumentMiddleware = (call: DocumentCall, next: () => Promise<unknown>) => Promise<unknown>;

export type EditorialMiddleware = (call: DocumentCall & { uid: EditorialContentType }, next: () => Promise<unknown>) => Promise<unknown>;

/** Registers a Document Service middleware that sees every call (call from `register()`). */
export function useDocumentMiddleware(strapi: Core.Strapi, middleware: DocumentMiddleware): void {
  strapi.documents.use(middleware as unknown as Modules.Documents.Middleware.Middleware);
}

const EDITORIAL = new Set<string>(EDITORIAL_CONTENT_TYPES);

/** Registers a Document Service middleware that sees only editorial content types (call from `register()`). */
export function useEditorialMiddleware(strapi: Core.Strapi, middleware: EditorialMiddleware): void {
  useDocumentMiddleware(strapi, (call, next) =>
    EDITORIAL.has(call.uid) ? middleware(call as DocumentCall & { uid: EditorialContentType }, next) : next(),
  );
}

/** The locale a call addresses, when it names exactly one. */
export function singleLocale(call: DocumentCall): string | undefined {
  const { locale } = call.params;
  return typeof locale === 'string' && locale !== '*' ? locale : undefined;
}

/** The locale a call works on: the one it names, else the default locale. */
export async function callLocale(strapi: Core.Strapi, call: DocumentCall): Promise<string> {
  return singleLocale(call) ?? ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string);
}

/** Human name of an entry, for messages and the audit log (leadership updates name a person). */
export function entryLabel(entry: object | null | undefined): string | undefined {
  const fields = (entry ?? {}) as { title?: unknown; personName?: unknown; name?: unknown };
  const label = fields.title ?? fields.personName ?? fields.name;
  return typeof label === 'string' ? label : undefined;
}
