import type { Core } from '@strapi/strapi';

/**
 * What every editorial rule shares: a rule returns the problems it finds, with the field
 * path the admin highlights and a message an editor can act on. Rules that belong to one
 * content type live beside it (cms/src/api/<type>/rules.ts) and are listed in type-rules.ts.
 */
export interface Problem {
  path: string[];
  message: string;
}

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]{2,}$/;

export function isWellFormedEmail(value: string): boolean {
  return EMAIL.test(value) && !value.includes('..');
}

/** An absolute http(s) address with a host name containing a dot (or localhost). */
export function isWellFormedWebAddress(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return url.hostname === 'localhost' || /^[^.]+(\.[^.]+)+$/.test(url.hostname);
}

export const present = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Today's date in the UK, as YYYY-MM-DD: closing dates are UK dates. */
export function ukToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The rules of one content type, registered in validation/type-rules.ts. */
export interface TypeRules {
  /** Problems in the data being saved, drafts included: the save is refused. */
  save?(data: Record<string, unknown>): Problem[];
  /** Allowed but probably a mistake: the editor is told (log and audit log), the save goes on. */
  saveWarnings?(data: Record<string, unknown>): Problem[];
  /** Problems that stop an entry going live, checked on the drafts about to be published. */
  publish?(context: PublishContext): Problem[] | Promise<Problem[]>;
}

export interface PublishContext {
  strapi: Core.Strapi;
  documentId: string | undefined;
  locale: string | undefined;
  drafts: Array<Record<string, unknown>>;
  /** Today's UK date (YYYY-MM-DD). */
  today: string;
}
