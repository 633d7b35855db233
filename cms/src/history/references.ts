import type { Core, UID } from '@strapi/strapi';
import { editableAttributes, type Snapshot } from './snapshot';

/** A relation or file of a snapshot that no longer exists, so a restore leaves it out. */
export interface MissingReference {
  /** Where it was, e.g. "organisations" or "sections.0.entries.1.newsItem". */
  field: string;
  /** The related content type, or "plugin::upload.file" for media. */
  target: string;
  documentId?: string;
  locale?: string | null;
  fileId?: number;
}

type Row = Record<string, unknown>;

const UPLOAD_FILE = 'plugin::upload.file';

/**
 * A copy of the snapshot holding only the relations (by documentId and locale) and
 * files that still exist, however deep in components, and the list of those left out.
 */
export async function keepExistingReferences(strapi: Core.Strapi, uid: string, snapshot: Snapshot): Promise<{ snapshot: Snapshot; missing: MissingReference[] }> {
  const missing: MissingReference[] = [];
  const kept = await walk(strapi, uid, snapshot, '', missing);
  return { snapshot: kept, missing };
}

async function walk(strapi: Core.Strapi, uid: string, snapshot: Snapshot, prefix: string, missing: MissingReference[]): Promise<Snapshot> {
  const copy: Snapshot = { ...snapshot };
  for (const [name, attribute] of editableAttributes(strapi, uid)) {
    const value = snapshot[name];
    if (value === null || value === undefined) continue;
    const field = `${prefix}${name}`;
    if (attribute.type === 'component' && attribute.component) {
      const component = attribute.component;
      copy[name] = Array.isArray(value)
        ? await Promise.all(value.map((item, index) => walk(strapi, component, item as Snapshot, `${field}.${index}.`, missing)))
        : await walk(strapi, component, value as Snapshot, `${field}.`, missing);
    } else if (attribute.type === 'dynamiczone') {
      copy[name] = await Promise.all(
        (value as Row[]).map(async (item, index) => ({
          ...(await walk(strapi, item.__component as string, item, `${field}.${index}.`, missing)),
          __component: item.__component,
        })),
      );
    } else if (attribute.type === 'relation' && attribute.target) {
      copy[name] = await keepExisting(value, (ref) => relationExists(strapi, attribute.target as string, ref), (ref) =>
        missing.push({ field, target: attribute.target as string, documentId: ref.documentId as string, locale: (ref.locale as string | undefined) ?? null }),
      );
    } else if (attribute.type === 'media') {
      copy[name] = await keepExisting(value, (file) => fileExists(strapi, file), (file) => missing.push({ field, target: UPLOAD_FILE, fileId: file.id as number }));
    }
  }
  return copy;
}

/** Filters one reference or a list of them; a single one that is gone becomes null. */
async function keepExisting(value: unknown, exists: (ref: Row) => Promise<boolean>, report: (ref: Row) => void): Promise<unknown> {
  const refs = (Array.isArray(value) ? value : [value]) as Row[];
  const kept: Row[] = [];
  for (const ref of refs) {
    if (!ref) continue;
    if (await exists(ref)) kept.push(ref);
    else report(ref);
  }
  return Array.isArray(value) ? kept : (kept[0] ?? null);
}

async function relationExists(strapi: Core.Strapi, target: string, ref: Row): Promise<boolean> {
  const where: Row = { documentId: ref.documentId };
  if (typeof ref.locale === 'string') where.locale = ref.locale;
  return Boolean(await strapi.db.query(target as UID.Schema).findOne({ where, select: ['id'] }));
}

async function fileExists(strapi: Core.Strapi, file: Row): Promise<boolean> {
  return typeof file.id === 'number' && Boolean(await strapi.db.query(UPLOAD_FILE).findOne({ where: { id: file.id }, select: ['id'] }));
}
