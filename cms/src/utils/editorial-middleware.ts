import type { Core, Modules } from '@strapi/strapi';
import { EDITORIAL_CONTENT_TYPES, type EditorialContentType } from '../content-types';

/** What a document-service middleware sees, loosely typed: Strapi's own type is a union over every content type. */
export interface DocumentCall {
  uid: string;
  action: string;
  params: {
    documentId?: string;
    locale?: string | string[];
    status?: string;
    data?: Record<string, unknown>;
  } & Record<string, unknown>;
}

export type EditorialMiddleware = (call: DocumentCall & { uid: EditorialContentType }, next: () => Promise<unknown>) => Promise<unknown>;

const EDITORIAL = new Set<string>(EDITORIAL_CONTENT_TYPES);

/** Adds a document-service middleware that sees only editorial content types. Call from register(). */
export function useEditorialMiddleware(strapi: Core.Strapi, middleware: EditorialMiddleware): void {
  const wrapped = (call: DocumentCall, next: () => Promise<unknown>): Promise<unknown> =>
    EDITORIAL.has(call.uid) ? middleware(call as DocumentCall & { uid: EditorialContentType }, next) : next();
  strapi.documents.use(wrapped as unknown as Modules.Documents.Middleware.Middleware);
}

/** The locale a call works on: the one it names, else the default locale. */
export async function callLocale(strapi: Core.Strapi, call: DocumentCall): Promise<string> {
  if (typeof call.params.locale === 'string' && call.params.locale !== '*') return call.params.locale;
  return (await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string;
}
