import type { Core, UID } from '@strapi/strapi';
import type { Problem } from './rules';

interface Attribute {
  type: string;
  component?: string;
  repeatable?: boolean;
}

interface MediaRef {
  path: string[];
  id?: number;
  documentId?: string;
}

/** File references in a media field value as the admin or an API client sends it. */
function referencesIn(value: unknown, path: string[]): MediaRef[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.flatMap((item) => referencesIn(item, path));
  if (typeof value === 'number') return [{ path, id: value }];
  if (typeof value === 'string') return /^\d+$/.test(value) ? [{ path, id: Number(value) }] : [{ path, documentId: value }];
  if (typeof value === 'object') {
    const { id, documentId } = value as { id?: unknown; documentId?: unknown };
    if (typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id))) return [{ path, id: Number(id) }];
    if (typeof documentId === 'string') return [{ path, documentId }];
  }
  return [];
}

/** Every image set in `data`, found through the schema (components included). */
function mediaReferences(
  strapi: Core.Strapi,
  attributes: Record<string, Attribute>,
  data: Record<string, unknown>,
  prefix: string[] = [],
): MediaRef[] {
  return Object.entries(attributes).flatMap(([name, attribute]) => {
    if (!(name in data)) return [];
    const value = data[name];
    if (attribute.type === 'media') return referencesIn(value, [...prefix, name]);
    if (attribute.type !== 'component' || !attribute.component || !value || typeof value !== 'object') return [];
    const component = strapi.components[attribute.component as UID.Component];
    const componentAttributes = component.attributes as unknown as Record<string, Attribute>;
    const items = attribute.repeatable && Array.isArray(value) ? value : [value];
    return items.flatMap((item, index) =>
      item && typeof item === 'object'
        ? mediaReferences(strapi, componentAttributes, item as Record<string, unknown>, attribute.repeatable ? [...prefix, name, String(index)] : [...prefix, name])
        : [],
    );
  });
}

/** A populate that loads every media field, inside components too, for a stored entry. */
export function mediaPopulate(strapi: Core.Strapi, attributes: Record<string, Attribute>): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'media') populate[name] = true;
    if (attribute.type === 'component' && attribute.component) {
      const component = strapi.components[attribute.component as UID.Component];
      const nested = mediaPopulate(strapi, component.attributes as unknown as Record<string, Attribute>);
      if (Object.keys(nested).length > 0) populate[name] = { populate: nested };
    }
  }
  return populate;
}

/** Every media field of a content type, ready for `populate`. */
export function contentTypeMediaPopulate(strapi: Core.Strapi, uid: string): Record<string, unknown> {
  return mediaPopulate(strapi, strapi.contentTypes[uid as UID.ContentType].attributes as unknown as Record<string, Attribute>);
}

interface StoredFile {
  id: number;
  documentId: string;
  name: string;
  mime?: string;
  alternativeText?: string | null;
}

/**
 * Every image an entry shows needs alt text (the media library's "alternative text"),
 * so the site and the newsletter never show an image a screen reader cannot describe.
 */
export async function imageAltTextProblems(strapi: Core.Strapi, uid: string, data: Record<string, unknown>): Promise<Problem[]> {
  const contentType = strapi.contentTypes[uid as UID.ContentType];
  const references = mediaReferences(strapi, contentType.attributes as unknown as Record<string, Attribute>, data);
  if (references.length === 0) return [];
  const ids = references.flatMap((reference) => (reference.id === undefined ? [] : [reference.id]));
  const documentIds = references.flatMap((reference) => (reference.documentId === undefined ? [] : [reference.documentId]));
  const files = (await strapi.db.query('plugin::upload.file').findMany({
    where: { $or: [{ id: { $in: ids } }, { documentId: { $in: documentIds } }] },
  })) as StoredFile[];
  return references.flatMap((reference) => {
    const file = files.find((candidate) => candidate.id === reference.id || candidate.documentId === reference.documentId);
    if (!file || (file.mime && !file.mime.startsWith('image/'))) return [];
    if (typeof file.alternativeText === 'string' && file.alternativeText.trim() !== '') return [];
    return [
      {
        path: reference.path,
        message: `The image "${file.name}" has no alternative text. Describe it in the media library (Edit → Alternative text) before using it here.`,
      },
    ];
  });
}
