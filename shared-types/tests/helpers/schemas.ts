import type { SchemaSource, SchemaSources } from '../../src/generator/model.ts';

/** A content type schema as Strapi's content-type builder writes it. */
export function contentType(name: string, attributes: Record<string, unknown>, extra: Record<string, unknown> = {}): SchemaSource {
  return {
    uid: `api::${name}.${name}`,
    file: `cms/src/api/${name}/content-types/${name}/schema.json`,
    json: {
      kind: 'collectionType',
      collectionName: name,
      info: { singularName: name, pluralName: `${name}s`, displayName: name, description: `The ${name}.` },
      options: { draftAndPublish: true },
      pluginOptions: { i18n: { localized: true } },
      attributes,
      ...extra,
    },
  };
}

/** A component schema; `uid` is `<category>.<name>`. */
export function component(uid: string, attributes: Record<string, unknown>): SchemaSource {
  const [category, name] = uid.split('.');
  return {
    uid,
    file: `cms/src/components/${category}/${name}.json`,
    json: { collectionName: `components_${category}_${name}`, info: { displayName: name, description: `The ${uid}.` }, attributes },
  };
}

/** The populate.json of content type `api::<name>.<name>`. */
export function populate(name: string, json: unknown): SchemaSource {
  return { uid: `api::${name}.${name}`, file: `cms/src/api/${name}/populate.json`, json };
}

/**
 * A small set of schemas to test one attribute in: content type `thing` holds it, and it
 * can refer to component `shared.part` and content type `other`; `thingPopulate` is
 * thing's populate.json, if any.
 */
export function schemasWith(attributes: Record<string, unknown>, thingPopulate?: unknown): SchemaSources {
  return {
    contentTypes: [contentType('thing', attributes), contentType('other', { name: { type: 'string' } })],
    components: [component('shared.part', { label: { type: 'string' } })],
    populates: thingPopulate === undefined ? [] : [populate('thing', thingPopulate)],
  };
}

/** The lines between `export interface <name> {` and its closing brace. */
export function interfaceBody(text: string, name: string): string[] {
  const start = text.indexOf(`export interface ${name} {\n`);
  if (start === -1) throw new Error(`interface ${name} not found`);
  const end = text.indexOf('\n}\n', start);
  return text.slice(start, end).split('\n').slice(1);
}
