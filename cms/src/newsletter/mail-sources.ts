import type { Core } from '@strapi/strapi';
import { briefMailSource } from './brief-source';
import { digestMailSource } from './digest/digest-source';
import type { MailSource, SendRow } from './sends';

/** What each kind of send mails (sends.ts sends it the same way for every kind). */
export function mailSourceFor(strapi: Core.Strapi, send: SendRow): Promise<MailSource> {
  return send.kind === 'digest' ? digestMailSource(strapi, send) : briefMailSource(strapi, send);
}
