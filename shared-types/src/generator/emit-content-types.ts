import { header, jsDoc } from './emit-text.ts';
import type { ComponentModel, ContentTypeModel, EnumModel, FieldModel, PopulateChoice, PopulateModel, SchemaModel } from './model.ts';
import { propertyKey, quote } from './names.ts';

/** Names `content-types.ts` exports whatever the schemas say. */
export const CONTENT_TYPES_EXPORT_NAMES: readonly string[] = ['CONTENT_TYPES', 'ContentTypeName', 'ContentTypes'];

const MAX_WIDTH = 100;
const INDENT = '  ';

function orNull(type: string, required: boolean): string {
  return required ? type : `${type} | null`;
}

/** Media, components and relations: Strapi returns them only when populated. */
export function needsPopulate(field: FieldModel): boolean {
  return field.type.kind === 'media' || field.type.kind === 'component' || field.type.kind === 'relation';
}

/** A field Strapi always returns (a scalar or an enumeration) and its TypeScript type. */
export function fieldType(field: FieldModel): string {
  const type = field.type;
  if (type.kind === 'scalar') return orNull(type.type, field.required);
  if (type.kind === 'enumeration') return orNull(type.typeName, field.required);
  throw new Error(`${field.name} is returned only when populated`);
}

function property(field: FieldModel, indent = INDENT): string[] {
  return [...jsDoc(field.doc ? [field.doc] : [], indent), `${indent}${propertyKey(field.name)}: ${fieldType(field)};`];
}

/** What populated fields refer to: the own fields of components and content types. */
interface Owners {
  components: ReadonlyMap<string, ComponentModel>;
  contentTypes: ReadonlyMap<string, ContentTypeModel>;
}

/**
 * The type of a populated field. Populated, an empty single one is null (even when
 * required: drafts need not satisfy it) and an empty list is []. `true` gives the
 * component's or related entry's own fields; `{ populate }` adds its populated fields;
 * `populateAs` is that content type's response type.
 */
function populatedType(owners: Owners, field: FieldModel, choice: PopulateChoice, indent: string): string {
  const type = field.type;
  let base: string;
  let fields: FieldModel[] = [];
  if (type.kind === 'media') base = 'Media';
  else if (type.kind === 'component') {
    base = type.typeName;
    fields = owners.components.get(type.uid)?.fields ?? [];
  } else if (type.kind === 'relation') {
    base = choice.kind === 'as' ? type.typeName : `${type.typeName}Fields`;
    fields = owners.contentTypes.get(type.target)?.fields ?? [];
  } else throw new Error(`${field.name} is always returned`);

  const many = type.kind === 'media' ? type.multiple : type.kind === 'component' ? type.repeatable : type.many;
  if (choice.kind !== 'nested') return many ? `${base}[]` : `${base} | null`;
  const members = populatedMembers(owners, fields, choice.populate, `${indent}${INDENT}`);
  const object = `${base} & {\n${members.join('\n')}\n${indent}}`;
  return many ? `Array<${object}>` : `(${object}) | null`;
}

function populatedMembers(owners: Owners, fields: FieldModel[], populate: PopulateModel, indent: string): string[] {
  return fields.flatMap((field) => {
    const choice = populate.get(field.name);
    if (!choice) return [];
    return [...jsDoc(field.doc ? [field.doc] : [], indent), `${indent}${propertyKey(field.name)}: ${populatedType(owners, field, choice, indent)};`];
  });
}

function interfaceBlock(docs: string[], name: string, members: string[]): string {
  return [...jsDoc(docs), `export interface ${name} {`, ...members, '}'].join('\n');
}

/** `start` + items + `end` on one line when it fits, else one item a line (as prettier would). */
function list(start: string, items: string[], end: string, separator: ', ' | ' | '): string {
  const oneLine = `${start}${items.join(separator)}${end}`;
  if (oneLine.length <= MAX_WIDTH) return oneLine;
  if (separator === ' | ') return `${start.trimEnd()}\n${items.map((item) => `${INDENT}| ${item}`).join('\n')}${end}`;
  return `${start}\n${items.map((item) => `${INDENT}${item},`).join('\n')}\n${end.trimStart()}`;
}

function enumBlock(model: EnumModel): string {
  const values = model.values.map(quote);
  return [
    ...jsDoc([`The values of \`${model.source}\`.`]),
    list(`export type ${model.typeName} = `, values, ';', ' | '),
    '',
    ...jsDoc([`The values of \`${model.source}\` in the order the CMS lists them, e.g. for filter menus.`]),
    list(`export const ${model.constName} = [`, values, `] as const satisfies readonly ${model.typeName}[];`, ', '),
  ].join('\n');
}

function componentBlock(model: ComponentModel): string {
  const members = [`${INDENT}id: number;`, ...model.fields.filter((field) => !needsPopulate(field)).flatMap((field) => property(field))];
  const docs = [model.description, `Component \`${model.uid}\`: the fields it always has. Its media, components and relations come as its owner's populate says.`];
  return interfaceBlock(docs, model.typeName, members);
}

function restPath(model: ContentTypeModel): string {
  return `/api/${model.kind === 'singleType' ? model.singularName : model.pluralName}`;
}

function contentTypeBlocks(owners: Owners, model: ContentTypeModel): string {
  const publishedAt = model.draftAndPublish
    ? [...jsDoc(['Null for a draft (requested with `status=draft`).'], INDENT), `${INDENT}publishedAt: string | null;`]
    : [...jsDoc(['Without draft and publish, set when the entry is created.'], INDENT), `${INDENT}publishedAt: string;`];
  const members = [
    `${INDENT}id: number;`,
    `${INDENT}documentId: string;`,
    ...model.fields.filter((field) => !needsPopulate(field)).flatMap((field) => property(field)),
    `${INDENT}createdAt: string;`,
    `${INDENT}updatedAt: string;`,
    ...publishedAt,
    ...(model.localized ? [`${INDENT}locale: string;`] : []),
  ];
  const fieldsName = `${model.typeName}Fields`;
  const fieldsBlock = interfaceBlock(
    [model.description, `Content type \`${model.uid}\`: the fields every response has, populated or not (a related entry, unless its relation is populated further).`],
    fieldsName,
    members,
  );
  const rest = `REST \`${restPath(model)}\``;
  if (!model.populate || model.populate.size === 0) {
    const why = model.populateFile ? `(\`${model.populateFile}\` populates nothing)` : '(it has no populate.json)';
    return `${fieldsBlock}\n\n${jsDoc([`A ${model.singularName} as ${rest} returns it: its own fields only ${why}.`]).join('\n')}\nexport type ${model.typeName} = ${fieldsName};`;
  }
  const populated = populatedMembers(owners, model.fields, model.populate, INDENT);
  const docs = [`A ${model.singularName} as ${rest} returns it, with what \`${model.populateFile}\` populates.`];
  return `${fieldsBlock}\n\n${[...jsDoc(docs), `export interface ${model.typeName} extends ${fieldsName} {`, ...populated, '}'].join('\n')}`;
}

function registryBlocks(contentTypes: ContentTypeModel[]): string[] {
  const bySingularName = [...contentTypes].sort((a, b) => (a.singularName < b.singularName ? -1 : 1));
  const entries = bySingularName.map((model) =>
    [
      `${INDENT}${propertyKey(model.singularName)}: {`,
      `${INDENT}${INDENT}uid: ${quote(model.uid)},`,
      `${INDENT}${INDENT}singularName: ${quote(model.singularName)},`,
      `${INDENT}${INDENT}pluralName: ${quote(model.pluralName)},`,
      `${INDENT}${INDENT}kind: ${quote(model.kind)},`,
      `${INDENT}${INDENT}localized: ${model.localized},`,
      `${INDENT}${INDENT}draftAndPublish: ${model.draftAndPublish},`,
      `${INDENT}},`,
    ].join('\n'),
  );
  const mapping = bySingularName.map((model) => `${INDENT}${propertyKey(model.singularName)}: ${model.typeName};`);
  return [
    [...jsDoc(['Each content type\'s API names and options, keyed by singular name: what a typed API client needs.']), 'export const CONTENT_TYPES = {', ...entries, '} as const;'].join('\n'),
    interfaceBlock(['The response type of each content type, keyed by singular name.'], 'ContentTypes', mapping),
    'export type ContentTypeName = keyof ContentTypes;',
  ];
}

/** Imports what the text uses of strapi.ts. */
function importBlock(text: string): string[] {
  const used = ['BlocksContent', 'JsonValue', 'Media'].filter((name) => new RegExp(`\\b${name}\\b`).test(text));
  return used.length === 0 ? [] : [`import type { ${used.join(', ')} } from './strapi.ts';`];
}

/** The text of `content-types.ts`. */
export function emitContentTypes(model: SchemaModel): string {
  const owners: Owners = {
    components: new Map(model.components.map((component) => [component.uid, component])),
    contentTypes: new Map(model.contentTypes.map((type) => [type.uid, type])),
  };
  const blocks = [
    ...model.enums.map(enumBlock),
    ...model.components.map(componentBlock),
    ...model.contentTypes.map((type) => contentTypeBlocks(owners, type)),
    ...registryBlocks(model.contentTypes),
  ];
  const body = blocks.join('\n\n');
  const what = 'REST response types of the Strapi schemas, as cms/src/api/*/populate.json populates them.';
  return `${header(what)}\n${[...importBlock(body), body].join('\n\n')}\n`;
}
