import type { Core, UID } from '@strapi/strapi';
import { entryLabel } from '../../utils/document-middleware';
import type { Problem, TypeRules } from '../../validation/rules';

/** The brief entry's relation fields and the type each points to (cms/src/components/brief/entry.json). */
const ENTRY_RELATIONS = {
  newsItem: 'api::news-item.news-item',
  event: 'api::event.event',
  vacancy: 'api::vacancy.vacancy',
  leadershipUpdate: 'api::leadership-update.leadership-update',
} as const;

type RelationField = keyof typeof ENTRY_RELATIONS;

interface LinkedEntry {
  documentId: string;
  locale?: string | null;
  title?: string;
  personName?: string;
}

interface StoredBrief {
  sections?: Array<{ heading?: string; entries?: Array<Partial<Record<RelationField, LinkedEntry | null>>> }>;
}

const populate = {
  sections: { populate: { entries: { populate: Object.fromEntries(Object.keys(ENTRY_RELATIONS).map((field) => [field, true])) } } },
};

async function isPublished(strapi: Core.Strapi, uid: string, entry: LinkedEntry): Promise<boolean> {
  const count = await strapi.db.query(uid as UID.ContentType).count({
    where: { documentId: entry.documentId, ...(entry.locale ? { locale: entry.locale } : {}), publishedAt: { $notNull: true } },
  });
  return count > 0;
}

/**
 * A brief goes out as a newsletter and a page: every item it lists must be live, or
 * readers would follow links to pages that do not exist. Checked on the draft being
 * published, per locale.
 */
export async function briefReferenceProblems(strapi: Core.Strapi, documentId: string, locale: string | undefined): Promise<Problem[]> {
  const drafts = (await strapi.db.query('api::brief.brief').findMany({
    where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) },
    populate,
  })) as StoredBrief[];
  const problems: Problem[] = [];
  for (const brief of drafts) {
    for (const [sectionIndex, section] of (brief.sections ?? []).entries()) {
      for (const [entryIndex, entry] of (section.entries ?? []).entries()) {
        for (const [field, uid] of Object.entries(ENTRY_RELATIONS) as Array<[RelationField, string]>) {
          const linked = entry[field];
          if (!linked || (await isPublished(strapi, uid, linked))) continue;
          problems.push({
            path: ['sections', String(sectionIndex), 'entries', String(entryIndex), field],
            message: `"${entryLabel(linked as unknown as Record<string, unknown>) ?? linked.documentId}" in the section "${section.heading ?? sectionIndex + 1}" is not published yet; publish it (or remove it from the brief) before publishing the brief.`,
          });
        }
      }
    }
  }
  return problems;
}

/** A brief can go live only when every item it lists is live. */
export const briefRules: TypeRules = {
  publish: ({ strapi, documentId, locale }) => (documentId ? briefReferenceProblems(strapi, documentId, locale) : []),
};
