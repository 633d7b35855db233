import type { Core, UID } from '@strapi/strapi';
import type { Problem } from './rules';

/**
 * Slugs are addresses on the site (/news/<slug>, /pl/news/<slug>), so no two entries
 * of a type may share one in the same locale, drafts included (Strapi itself checks
 * uniqueness only when publishing). Other locales of the same entry may reuse it.
 */
export async function slugProblems(
  strapi: Core.Strapi,
  uid: string,
  data: Record<string, unknown>,
  target: { documentId?: string; locale?: string },
): Promise<Problem[]> {
  const contentType = strapi.contentTypes[uid as UID.ContentType];
  const slugAttribute = (contentType.attributes as Record<string, { type: string }>).slug;
  const slug = data.slug;
  if (slugAttribute?.type !== 'uid' || typeof slug !== 'string' || slug === '') return [];
  const localized = (contentType.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;
  const locale = localized ? (target.locale ?? ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string)) : undefined;
  const clash = (await strapi.db.query(uid as UID.ContentType).findOne({
    where: {
      slug,
      ...(locale ? { locale } : {}),
      ...(target.documentId ? { documentId: { $ne: target.documentId } } : {}),
    },
  })) as { title?: string; name?: string; personName?: string } | null;
  if (!clash) return [];
  const other = clash.title ?? clash.name ?? clash.personName ?? 'another entry';
  return [
    {
      path: ['slug'],
      message: `The slug "${slug}" is already used by "${other}"${locale ? ` in the ${locale} locale` : ''}; choose another.`,
    },
  ];
}
