import type { Core, UID } from '@strapi/strapi';

/**
 * A revision's snapshot: every field an editor can change, in a form that survives
 * the entry changing afterwards. Components are copied whole (without their row ids),
 * relations keep the target's documentId (and locale, when the target is localized),
 * media keep the file id, url and alt text.
 */
export type Snapshot = Record<string, unknown>;

/** System fields Strapi manages itself: never compared, never written back. */
const SYSTEM_FIELDS = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'firstPublishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

interface Attribute {
  type: string;
  component?: string;
  components?: string[];
  target?: string;
  multiple?: boolean;
  relation?: string;
}

type Model = { attributes: Record<string, Attribute> };

function modelOf(strapi: Core.Strapi, uid: string): Model {
  return strapi.getModel(uid as UID.Schema) as unknown as Model;
}

/** The fields a snapshot holds for a content type or component, with their schema. */
export function editableAttributes(strapi: Core.Strapi, uid: string): Array<[string, Attribute]> {
  return Object.entries(modelOf(strapi, uid).attributes).filter(([name]) => !SYSTEM_FIELDS.has(name));
}

function isLocalized(strapi: Core.Strapi, uid: string): boolean {
  return 'locale' in modelOf(strapi, uid).attributes;
}

/** A populate that loads everything a snapshot needs, however deep the components nest. */
export function snapshotPopulate(strapi: Core.Strapi, uid: string): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of editableAttributes(strapi, uid)) {
    if (attribute.type === 'component' && attribute.component) {
      populate[name] = { populate: snapshotPopulate(strapi, attribute.component) };
    } else if (attribute.type === 'dynamiczone') {
      populate[name] = { on: Object.fromEntries((attribute.components ?? []).map((c) => [c, { populate: snapshotPopulate(strapi, c) }])) };
    } else if (attribute.type === 'relation' && attribute.target) {
      populate[name] = { fields: isLocalized(strapi, attribute.target) ? ['documentId', 'locale'] : ['documentId'] };
    } else if (attribute.type === 'media') {
      populate[name] = { fields: ['url', 'alternativeText'] };
    }
  }
  return populate;
}

type Row = Record<string, unknown>;

function relationRef(strapi: Core.Strapi, target: string, value: unknown): Row | null {
  if (!value || typeof value !== 'object') return null;
  const row = value as Row;
  return isLocalized(strapi, target) ? { documentId: row.documentId, locale: row.locale ?? null } : { documentId: row.documentId };
}

function mediaRef(value: unknown): Row | null {
  if (!value || typeof value !== 'object') return null;
  const file = value as Row;
  return { id: file.id, url: file.url ?? null, alternativeText: file.alternativeText ?? null };
}

function mapOneOrMany(value: unknown, map: (item: unknown) => unknown): unknown {
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value.map(map) : map(value);
}

/** Turns a populated entry (or component) into its snapshot. */
export function toSnapshot(strapi: Core.Strapi, uid: string, entry: Row): Snapshot {
  const snapshot: Snapshot = {};
  for (const [name, attribute] of editableAttributes(strapi, uid)) {
    const value = entry[name];
    switch (attribute.type) {
      case 'component':
        snapshot[name] = mapOneOrMany(value, (item) => toSnapshot(strapi, attribute.component as string, item as Row));
        break;
      case 'dynamiczone':
        snapshot[name] = ((value as Row[] | null) ?? []).map((item) => ({
          __component: item.__component,
          ...toSnapshot(strapi, item.__component as string, item),
        }));
        break;
      case 'relation':
        snapshot[name] = mapOneOrMany(value, (item) => relationRef(strapi, attribute.target as string, item));
        break;
      case 'media':
        snapshot[name] = mapOneOrMany(value, mediaRef);
        break;
      default:
        snapshot[name] = value ?? null;
    }
  }
  return snapshot;
}

/** Turns a snapshot back into document-service data (relations by documentId, media by id). */
export function toWriteData(strapi: Core.Strapi, uid: string, snapshot: Snapshot, skip: ReadonlySet<string> = new Set()): Row {
  const data: Row = {};
  for (const [name, attribute] of editableAttributes(strapi, uid)) {
    if (skip.has(name) || !(name in snapshot)) continue;
    const value = snapshot[name];
    switch (attribute.type) {
      case 'component':
        data[name] = mapOneOrMany(value, (item) => toWriteData(strapi, attribute.component as string, item as Snapshot));
        break;
      case 'dynamiczone':
        data[name] = ((value as Row[] | null) ?? []).map((item) => ({
          __component: item.__component,
          ...toWriteData(strapi, item.__component as string, item),
        }));
        break;
      case 'relation': {
        const refs = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
        data[name] = { set: (refs as Row[]).filter(Boolean).map((ref) => (ref.locale ? { documentId: ref.documentId, locale: ref.locale } : { documentId: ref.documentId })) };
        break;
      }
      case 'media':
        data[name] = mapOneOrMany(value, (item) => (item as Row | null)?.id ?? null);
        break;
      default:
        data[name] = value;
    }
  }
  return data;
}
