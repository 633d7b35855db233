import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { EDITORIAL_CONTENT_TYPES } from '../content-types';
import { ADMIN_LAYOUT } from './table';
import type { ContentTypeLayout, LayoutTable, ModelLayout } from './types';
import { assertLayoutMatchesSchemas, SYSTEM_FIELDS, type AttributeFacts, type EditorSchemas } from './validate';

/** Where the table last applied to each model is remembered (its hash), in Strapi's core store. */
export const APPLIED_STORE = { type: 'plugin', name: 'blmk', key: 'admin-layout-applied' } as const;

interface Metadata {
  edit: Record<string, unknown>;
  list: Record<string, unknown>;
}

/** The content manager's view configuration of one model, as its configuration service has it. */
export interface ViewConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { edit: Array<Array<{ name: string; size: number }>>; list: string[] };
}

interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<ViewConfiguration>;
  updateConfiguration(model: { uid: string }, configuration: ViewConfiguration): Promise<unknown>;
}

interface RawAttribute {
  type: string;
  relation?: string;
  component?: string;
  visible?: boolean;
}

const SYSTEM = new Set<string>(SYSTEM_FIELDS);

/** The fields an editor sees in each schema: Strapi's own and the invisible ones (i18n's locale) left out. */
function editorSchemas(strapi: Core.Strapi): EditorSchemas {
  const models = { ...strapi.contentTypes, ...strapi.components } as unknown as Record<string, { attributes: Record<string, RawAttribute> }>;
  const schemas: Record<string, Record<string, AttributeFacts>> = {};
  for (const [uid, model] of Object.entries(models)) {
    const fields: Record<string, AttributeFacts> = {};
    for (const [name, attribute] of Object.entries(model.attributes)) {
      if (SYSTEM.has(name) || attribute.visible === false) continue;
      fields[name] = { type: attribute.type, relation: attribute.relation, component: attribute.component };
    }
    schemas[uid] = fields;
  }
  return schemas;
}

export function layoutHash(layout: ModelLayout): string {
  return createHash('sha256').update(JSON.stringify(layout)).digest('hex');
}

/** The table's words and layout laid over a model's stored configuration (which keeps what the table does not say). */
export function configured(current: ViewConfiguration, layout: ModelLayout, contentType?: ContentTypeLayout): ViewConfiguration {
  const metadatas: Record<string, Metadata> = { ...current.metadatas };
  for (const [field, text] of Object.entries(layout.fields)) {
    const existing = metadatas[field] ?? { edit: {}, list: {} };
    metadatas[field] = {
      edit: { ...existing.edit, label: text.label, description: text.hint ?? '', placeholder: text.placeholder ?? '', visible: true, editable: text.readOnly !== true },
      list: { ...existing.list, label: text.label },
    };
  }
  for (const [field, label] of Object.entries(contentType?.systemColumns ?? {})) {
    const existing = metadatas[field] ?? { edit: {}, list: {} };
    metadatas[field] = { edit: existing.edit, list: { ...existing.list, label } };
  }
  return {
    settings: contentType ? { ...current.settings, ...contentType.settings } : current.settings,
    metadatas,
    layouts: {
      edit: layout.edit.map((row) => row.map(([name, size]) => ({ name, size }))),
      list: contentType ? [...contentType.list] : current.layouts.list,
    },
  };
}

/**
 * Applies the admin layout table at bootstrap, through the content manager's own
 * configuration services. A model is rewritten only when its part of the table
 * changed since it was last applied (or was never applied, on a fresh install), so a
 * label or layout someone changed under "Configure the view" survives restarts until
 * the code's table changes. Fails the start when the table and the schemas disagree.
 */
export async function applyAdminLayout(strapi: Core.Strapi, table: LayoutTable = ADMIN_LAYOUT): Promise<void> {
  assertLayoutMatchesSchemas(table, editorSchemas(strapi), EDITORIAL_CONTENT_TYPES);
  const contentManager = strapi.plugin('content-manager');
  const services = {
    contentType: contentManager.service('content-types') as unknown as ConfigurationService,
    component: contentManager.service('components') as unknown as ConfigurationService,
  };
  const store = strapi.store({ type: APPLIED_STORE.type, name: APPLIED_STORE.name });
  const applied = ((await store.get({ key: APPLIED_STORE.key })) ?? {}) as Record<string, string>;
  const models: Array<[string, ModelLayout, ContentTypeLayout | undefined, ConfigurationService]> = [
    ...Object.entries(table.contentTypes).map(([uid, layout]): [string, ModelLayout, ContentTypeLayout, ConfigurationService] => [uid, layout, layout, services.contentType]),
    ...Object.entries(table.components).map(([uid, layout]): [string, ModelLayout, undefined, ConfigurationService] => [uid, layout, undefined, services.component]),
  ];
  const next: Record<string, string> = {};
  const rewritten: string[] = [];
  for (const [uid, layout, contentType, service] of models) {
    next[uid] = layoutHash(layout);
    if (applied[uid] === next[uid]) continue;
    const current = await service.findConfiguration({ uid });
    await service.updateConfiguration({ uid }, configured(current, layout, contentType));
    rewritten.push(uid);
  }
  if (rewritten.length > 0) {
    await store.set({ key: APPLIED_STORE.key, value: next });
    strapi.log.info(`[admin-layout] applied the admin labels and layout to ${rewritten.join(', ')}`);
  }
}
