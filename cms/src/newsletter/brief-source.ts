import type { Core } from '@strapi/strapi';
import type { Brief } from '@blmk/shared-types';
import { populateOf } from '../utils/populate';
import { newsletterConfig } from './config';
import { renderBriefMail, type RenderedMail } from './render/brief-mail';
import type { MailSource, SendRow } from './sends';

export const BRIEF = 'api::brief.brief';

export async function loadBrief(strapi: Core.Strapi, documentId: string, language: string): Promise<Brief | null> {
  const brief = await strapi.documents(BRIEF).findOne({ documentId, locale: language, status: 'published', populate: populateOf('brief') });
  return brief as unknown as Brief | null;
}

export async function publishedLanguages(strapi: Core.Strapi, documentId: string): Promise<string[]> {
  const rows: Array<{ locale: string }> = await strapi.db
    .query(BRIEF)
    .findMany({ where: { documentId, publishedAt: { $notNull: true } }, select: ['locale'] });
  return [...new Set(rows.map((row) => row.locale))];
}

export function mainLanguage(languages: string[]): string | undefined {
  return languages.includes('en') ? 'en' : languages[0];
}

/**
 * A brief's mails: rendered once per content language and link locale. The content is
 * in the language fixed for the recipient when the send started (theirs when the brief
 * has it, else the main one); links go to the site in the subscriber's own language,
 * where the site shows an untranslated page in English under a notice.
 */
export async function briefMailSource(strapi: Core.Strapi, send: SendRow): Promise<MailSource> {
  const briefId = send.briefDocumentId ?? '';
  const languages = await publishedLanguages(strapi, briefId);
  const rendered = new Map<string, Promise<RenderedMail>>();
  const mailIn = (language: string, linkLocale: string): Promise<RenderedMail> => {
    const chosen = languages.includes(language) ? language : (mainLanguage(languages) ?? language);
    const key = `${chosen} ${linkLocale}`;
    if (!rendered.has(key)) {
      rendered.set(
        key,
        loadBrief(strapi, briefId, chosen).then((brief) => {
          if (!brief) throw new Error(`Brief ${briefId} (${chosen}) is no longer published.`);
          return renderBriefMail(brief, newsletterConfig().siteUrl, chosen, { linkLocale });
        }),
      );
    }
    return rendered.get(key)!;
  };
  return {
    subject: { contentType: BRIEF, documentId: briefId, title: send.briefTitle },
    async mailFor(row, subscriber) {
      if (!subscriber.topicBriefs) return null;
      return mailIn(row.language ?? 'en', subscriber.language ?? 'en');
    },
  };
}
