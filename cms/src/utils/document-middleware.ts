import type { Core, Modules } from '@strapi/strapi';

/** What a Document Service middleware sees, loosely typed (Strapi's own type is a union per type and action). */
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

/** Registers a Document Service middleware (call from `register()`). */
export function useDocumentMiddleware(strapi: Core.Strapi, middleware: DocumentMiddleware): void {
  strapi.documents.use(middleware as unknown as Modules.Documents.Middleware.Middleware);
}

/** The locale a call addresses, when it names exactly one. */
export function singleLocale(call: DocumentCall): string | undefined {
  const { locale } = call.params;
  return typeof locale === 'string' && locale !== '*' ? locale : undefined;
}

/** Human name of an entry, for messages and the audit log. */
export function entryLabel(entry: Record<string, unknown> | null | undefined): string | undefined {
  const label = entry?.title ?? entry?.personName ?? entry?.name;
  return typeof label === 'string' ? label : undefined;
}
