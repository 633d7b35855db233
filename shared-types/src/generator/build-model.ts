import { mapAttribute, type AttributeContext } from './attribute-types.ts';
import { CONTENT_TYPES_EXPORT_NAMES } from './emit-content-types.ts';
import { STRAPI_EXPORT_NAMES } from './emit-strapi.ts';
import { SchemaError } from './errors.ts';
import type { ComponentModel, ContentTypeModel, EnumModel, FieldModel, SchemaModel, SchemaSource, SchemaSources } from './model.ts';
import { pascalCase } from './names.ts';
import { populateLoops, populateModel, type PopulateContext } from './populate.ts';

/** Names the generated files export whatever the schemas say; a schema must not reuse them. */
export const FIXED_EXPORT_NAMES: readonly string[] = [...STRAPI_EXPORT_NAMES, ...CONTENT_TYPES_EXPORT_NAMES];

/** Fields Strapi adds to every entry; an attribute of the same name would be shadowed. */
const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'localizations']);

type JsonObject = Record<string, unknown>;

function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A nested object of the schema, or an empty one when it is missing. */
function objectAt(value: unknown): JsonObject {
  return isRecord(value) ? value : {};
}

/** What components and content types share: enough to map the attributes. */
interface Header {
  source: SchemaSource;
  typeName: string;
  attributes: JsonObject;
  description: string;
}

type ContentTypeHeader = Header & Pick<ContentTypeModel, 'singularName' | 'pluralName' | 'kind' | 'draftAndPublish' | 'localized'>;

/** The schema's JSON when it has what every schema needs, else undefined after saying why. */
function schemaObject(problems: string[], source: SchemaSource): (JsonObject & { attributes: JsonObject }) | undefined {
  const json = source.json;
  if (!isRecord(json)) {
    problems.push(`${source.file}: expected a JSON object`);
    return undefined;
  }
  if (!isRecord(json.attributes)) {
    problems.push(`${source.file}: expected an "attributes" object`);
    return undefined;
  }
  return { ...json, attributes: json.attributes };
}

function description(json: JsonObject): string {
  const text = objectAt(json.info).description;
  return typeof text === 'string' ? text.trim() : '';
}

function componentHeader(problems: string[], source: SchemaSource): Header | undefined {
  const json = schemaObject(problems, source);
  if (!json) return undefined;
  // `shared.seo` -> SharedSeo
  return { source, typeName: pascalCase(...source.uid.split('.')), attributes: json.attributes, description: description(json) };
}

function contentTypeHeader(problems: string[], source: SchemaSource): ContentTypeHeader | undefined {
  const json = schemaObject(problems, source);
  if (!json) return undefined;
  const { singularName, pluralName } = objectAt(json.info);
  if (typeof singularName !== 'string' || typeof pluralName !== 'string' || singularName === '' || pluralName === '') {
    problems.push(`${source.file}: expected "info.singularName" and "info.pluralName"`);
    return undefined;
  }
  const kind = json.kind;
  if (kind !== 'collectionType' && kind !== 'singleType') {
    problems.push(`${source.file}: "kind" must be 'collectionType' or 'singleType', not '${String(kind)}'`);
    return undefined;
  }
  return {
    source,
    typeName: pascalCase(singularName),
    attributes: json.attributes,
    description: description(json),
    singularName,
    pluralName,
    kind,
    // Strapi's defaults when the schema does not say: no draft and publish, not localized.
    draftAndPublish: objectAt(json.options).draftAndPublish === true,
    localized: objectAt(objectAt(json.pluginOptions).i18n).localized === true,
  };
}

interface Names {
  components: ReadonlyMap<string, string>;
  contentTypes: ReadonlyMap<string, string>;
}

/** Maps the attributes in schema order (the order editors see them in). */
function fieldsOf(problems: string[], enums: EnumModel[], names: Names, owner: Header): FieldModel[] {
  const context: AttributeContext = { file: owner.source.file, ownerTypeName: owner.typeName, ...names };
  const fields: FieldModel[] = [];
  for (const [name, attribute] of Object.entries(owner.attributes)) {
    if (SYSTEM_FIELDS.has(name)) {
      problems.push(`${owner.source.file}: attribute '${name}' clashes with the field Strapi adds itself`);
      continue;
    }
    const result = mapAttribute(context, name, attribute);
    if (result.outcome === 'problem') problems.push(result.problem);
    if (result.outcome !== 'field') continue;
    fields.push(result.field);
    if (result.enumModel) enums.push(result.enumModel);
  }
  return fields;
}

/** Reports every exported name that two things would share. */
function checkUniqueNames(problems: string[], owners: Array<[name: string, owner: string]>): void {
  const seen = new Map<string, string>(FIXED_EXPORT_NAMES.map((name) => [name, 'the fixed Strapi types']));
  for (const [name, owner] of owners) {
    const first = seen.get(name);
    if (first === undefined) seen.set(name, owner);
    else problems.push(`${owner}: would export '${name}', which ${first} already exports`);
  }
}

// Plain code-unit order: the same on every machine, whatever its locale.
const byTypeName = (a: { typeName: string }, b: { typeName: string }) => (a.typeName < b.typeName ? -1 : a.typeName > b.typeName ? 1 : 0);

/** Reads each populate.json into its content type's model. */
function attachPopulates(problems: string[], sources: SchemaSources, components: ComponentModel[], contentTypes: ContentTypeModel[]): void {
  const populates = sources.populates ?? [];
  const byUid = new Map(contentTypes.map((type) => [type.uid, type]));
  const populatedTypes = new Map(
    populates.flatMap((source) => {
      const type = byUid.get(source.uid);
      return type ? [[type.singularName, type.uid] as const] : [];
    }),
  );
  for (const source of populates) {
    const type = byUid.get(source.uid);
    if (!type) {
      problems.push(`${source.file}: there is no content type '${source.uid}' for it to populate`);
      continue;
    }
    const context: PopulateContext = {
      file: source.file,
      components: new Map(components.map((component) => [component.uid, component])),
      contentTypes: byUid,
      populatedTypes,
    };
    type.populate = populateModel(context, problems, '', type, source.json) ?? null;
    type.populateFile = source.file;
  }
  problems.push(...populateLoops(contentTypes));
}

/** Checks the schemas and decides every name and type; throws a SchemaError listing all problems. */
export function buildModel(sources: SchemaSources): SchemaModel {
  const problems: string[] = [];
  const enums: EnumModel[] = [];

  // Names first, so attributes can refer to any component or content type.
  const componentHeaders = sources.components.flatMap((source) => componentHeader(problems, source) ?? []);
  const contentTypeHeaders = sources.contentTypes.flatMap((source) => contentTypeHeader(problems, source) ?? []);
  const names: Names = {
    components: new Map(componentHeaders.map((h) => [h.source.uid, h.typeName])),
    contentTypes: new Map(contentTypeHeaders.map((h) => [h.source.uid, h.typeName])),
  };

  const components = componentHeaders.map((h) => ({
    uid: h.source.uid,
    typeName: h.typeName,
    description: h.description,
    fields: fieldsOf(problems, enums, names, h),
  }));
  const contentTypes: ContentTypeModel[] = contentTypeHeaders.map((h) => ({
    uid: h.source.uid,
    typeName: h.typeName,
    singularName: h.singularName,
    pluralName: h.pluralName,
    kind: h.kind,
    description: h.description,
    localized: h.localized,
    draftAndPublish: h.draftAndPublish,
    fields: fieldsOf(problems, enums, names, h),
    populate: null,
    populateFile: null,
  }));
  attachPopulates(problems, sources, components, contentTypes);

  // Two content types with the same singular name also share an interface name, so this catches them too.
  checkUniqueNames(problems, [
    ...[...componentHeaders, ...contentTypeHeaders].map((h): [string, string] => [h.typeName, h.source.file]),
    ...contentTypeHeaders.map((h): [string, string] => [`${h.typeName}Fields`, h.source.file]),
    ...enums.flatMap((e): Array<[string, string]> => [
      [e.typeName, `enumeration ${e.source}`],
      [e.constName, `enumeration ${e.source}`],
    ]),
  ]);

  if (problems.length > 0) throw new SchemaError(problems);
  return { contentTypes: contentTypes.sort(byTypeName), components: components.sort(byTypeName), enums: enums.sort(byTypeName) };
}
