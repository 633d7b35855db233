import { mapAttribute, type AttributeContext } from './attribute-types.ts';
import { CONTENT_TYPES_EXPORT_NAMES } from './emit-content-types.ts';
import { STRAPI_EXPORT_NAMES } from './emit-strapi.ts';
import { SchemaError } from './errors.ts';
import type { ComponentModel, ContentTypeModel, EnumModel, FieldModel, SchemaModel, SchemaSource, SchemaSources } from './model.ts';
import { pascalCase } from './names.ts';

/** Names the generated files export whatever the schemas say; a schema must not reuse them. */
export const FIXED_EXPORT_NAMES: readonly string[] = [...STRAPI_EXPORT_NAMES, ...CONTENT_TYPES_EXPORT_NAMES];

/** Fields Strapi adds to every entry; an attribute of the same name would be shadowed. */
const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'localizations']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

interface Header {
  source: SchemaSource;
  typeName: string;
  attributes: Record<string, unknown>;
  description: string;
}

function description(json: Record<string, unknown>): string {
  const text = record(json.info).description;
  return typeof text === 'string' ? text.trim() : '';
}

class ModelBuilder {
  readonly problems: string[] = [];
  readonly enums: EnumModel[] = [];
  readonly components = new Map<string, string>();
  readonly contentTypes = new Map<string, string>();

  fields(header: Header): FieldModel[] {
    const context: AttributeContext = {
      file: header.source.file,
      ownerTypeName: header.typeName,
      components: this.components,
      contentTypes: this.contentTypes,
    };
    const fields: FieldModel[] = [];
    for (const [name, attribute] of Object.entries(header.attributes)) {
      if (SYSTEM_FIELDS.has(name)) {
        this.problems.push(`${header.source.file}: attribute '${name}' clashes with the field Strapi adds itself`);
        continue;
      }
      const result = mapAttribute(context, name, attribute);
      if (result.outcome === 'problem') this.problems.push(result.problem);
      if (result.outcome !== 'field') continue;
      fields.push(result.field);
      if (result.enumModel) this.enums.push(result.enumModel);
    }
    return fields;
  }

  header(source: SchemaSource, typeName: string): Header | undefined {
    if (!isRecord(source.json)) {
      this.problems.push(`${source.file}: expected a JSON object`);
      return undefined;
    }
    if (!isRecord(source.json.attributes)) {
      this.problems.push(`${source.file}: expected an "attributes" object`);
      return undefined;
    }
    return { source, typeName, attributes: source.json.attributes, description: description(source.json) };
  }
}

type ContentTypeHeader = Header & Pick<ContentTypeModel, 'singularName' | 'pluralName' | 'kind' | 'draftAndPublish' | 'localized'>;

function contentTypeHeader(builder: ModelBuilder, source: SchemaSource): ContentTypeHeader | undefined {
  const json = record(source.json);
  const info = record(json.info);
  const { singularName, pluralName } = info;
  if (typeof singularName !== 'string' || typeof pluralName !== 'string' || singularName === '' || pluralName === '') {
    builder.problems.push(`${source.file}: expected "info.singularName" and "info.pluralName"`);
    return undefined;
  }
  const kind = json.kind;
  if (kind !== 'collectionType' && kind !== 'singleType') {
    builder.problems.push(`${source.file}: "kind" must be 'collectionType' or 'singleType', not '${String(kind)}'`);
    return undefined;
  }
  const header = builder.header(source, pascalCase(singularName));
  if (!header) return undefined;
  return {
    ...header,
    singularName,
    pluralName,
    kind,
    // Strapi's defaults when the schema does not say: no draft and publish, not localized.
    draftAndPublish: record(json.options).draftAndPublish === true,
    localized: record(record(json.pluginOptions).i18n).localized === true,
  };
}

/** Reports every exported name that two things would share. */
function checkUniqueNames(builder: ModelBuilder, owners: Array<[name: string, owner: string]>): void {
  const seen = new Map<string, string>(FIXED_EXPORT_NAMES.map((name) => [name, 'the fixed Strapi types']));
  for (const [name, owner] of owners) {
    const first = seen.get(name);
    if (first === undefined) seen.set(name, owner);
    else builder.problems.push(`${owner}: would export '${name}', which ${first} already exports`);
  }
}

const byTypeName = (a: { typeName: string }, b: { typeName: string }) => (a.typeName < b.typeName ? -1 : a.typeName > b.typeName ? 1 : 0);

/** Checks the schemas and decides every name and type; throws a SchemaError listing all problems. */
export function buildModel(sources: SchemaSources): SchemaModel {
  const builder = new ModelBuilder();

  // Names first, so attributes can refer to any component or content type.
  const componentHeaders = sources.components.flatMap((source) => {
    const header = builder.header(source, pascalCase(...source.uid.split('.')));
    if (header) builder.components.set(source.uid, header.typeName);
    return header ? [header] : [];
  });
  const contentTypeHeaders = sources.contentTypes.flatMap((source) => {
    const header = contentTypeHeader(builder, source);
    if (header) builder.contentTypes.set(source.uid, header.typeName);
    return header ? [header] : [];
  });

  const components: ComponentModel[] = componentHeaders.map((header) => ({
    uid: header.source.uid,
    typeName: header.typeName,
    description: header.description,
    fields: builder.fields(header),
  }));
  const contentTypes: ContentTypeModel[] = contentTypeHeaders.map((header) => ({
    uid: header.source.uid,
    typeName: header.typeName,
    singularName: header.singularName,
    pluralName: header.pluralName,
    kind: header.kind,
    description: header.description,
    localized: header.localized,
    draftAndPublish: header.draftAndPublish,
    fields: builder.fields(header),
  }));

  checkUniqueNames(builder, [
    ...componentHeaders.map((h): [string, string] => [h.typeName, h.source.file]),
    ...contentTypeHeaders.map((h): [string, string] => [h.typeName, h.source.file]),
    ...builder.enums.flatMap((e): Array<[string, string]> => [
      [e.typeName, `enumeration ${e.source}`],
      [e.constName, `enumeration ${e.source}`],
    ]),
  ]);
  const singularNames = new Map<string, string>();
  for (const header of contentTypeHeaders) {
    const first = singularNames.get(header.singularName);
    if (first !== undefined) builder.problems.push(`${header.source.file}: singularName '${header.singularName}' is already used by ${first}`);
    else singularNames.set(header.singularName, header.source.file);
  }

  if (builder.problems.length > 0) throw new SchemaError(builder.problems);
  return {
    contentTypes: contentTypes.sort(byTypeName),
    components: components.sort(byTypeName),
    enums: builder.enums.sort(byTypeName),
  };
}
