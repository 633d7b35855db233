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

/** The content types a brief's entries can list. */
export const BRIEF_ENTRY_TYPES: ReadonlySet<string> = new Set(Object.values(ENTRY_RELATIONS));

/**
 * Briefs stay whole: an item a published brief lists cannot be unpublished or deleted,
 * or readers (and the newsletter archive) would meet a brief with a hole in it. Refused
 * rather than unpublishing the brief too, because a brief is a newsletter already sent:
 * whether it comes down is the comms officer's decision, not a side effect.
 * `locale` undefined checks every locale (a delete of all of them).
 */
export async function listingBriefProblems(strapi: Core.Strapi, uid: string, documentId: string, locale: string | undefined): Promise<Problem[]> {
  const field = (Object.keys(ENTRY_RELATIONS) as RelationField[]).find((name) => ENTRY_RELATIONS[name] === uid);
  if (!field) return [];
  const briefs = (await strapi.db.query('api::brief.brief').findMany({
    where: { publishedAt: { $notNull: true }, ...(locale ? { locale } : {}), sections: { entries: { [field]: { documentId } } } },
    select: ['title', 'locale'],
  })) as Array<{ title: string; locale: string | null }>;
  if (briefs.length === 0) return [];
  const names = [...new Set(briefs.map((brief) => `"${brief.title}"${brief.locale && brief.locale !== 'en' ? ` (${brief.locale})` : ''}`))].join(', ');
  return [
    {
      path: [],
      message: `This item is listed in the published brief${briefs.length > 1 ? 's' : ''} ${names}; remove it from the brief (or unpublish the brief) first, so the brief does not link to a page that is gone.`,
    },
  ];
}
