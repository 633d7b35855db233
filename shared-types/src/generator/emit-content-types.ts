import { header, jsDoc } from './emit-text.ts';
import type { ComponentModel, ContentTypeModel, EnumModel, FieldModel, SchemaModel } from './model.ts';
import { propertyKey, quote } from './names.ts';

/** Names `content-types.ts` exports whatever the schemas say. */
export const CONTENT_TYPES_EXPORT_NAMES: readonly string[] = ['CONTENT_TYPES', 'ContentTypeName', 'ContentTypes'];

const MAX_WIDTH = 100;
const INDENT = '  ';

function orNull(type: string, required: boolean): string {
  return required ? type : `${type} | null`;
}

/**
 * The property's TypeScript type. Media, components and relations are left out of a
 * response unless populated, so they are optional; once populated, an empty single one
 * is null (even when required: drafts need not satisfy it) and an empty list is [].
 */
export function propertyType(field: FieldModel): { optional: boolean; type: string } {
  const type = field.type;
  switch (type.kind) {
    case 'scalar':
      return { optional: false, type: orNull(type.type, field.required) };
    case 'enumeration':
      return { optional: false, type: orNull(type.typeName, field.required) };
    case 'media':
      return { optional: true, type: type.multiple ? 'Media[]' : 'Media | null' };
    case 'component':
      return { optional: true, type: type.repeatable ? `${type.typeName}[]` : `${type.typeName} | null` };
    case 'relation':
      return { optional: true, type: type.many ? `${type.typeName}[]` : `${type.typeName} | null` };
  }
}

function property(field: FieldModel): string[] {
  const { optional, type } = propertyType(field);
  return [...jsDoc(field.doc ? [field.doc] : [], INDENT), `${INDENT}${propertyKey(field.name)}${optional ? '?' : ''}: ${type};`];
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
  const members = [`${INDENT}id: number;`, ...model.fields.flatMap(property)];
  return interfaceBlock([model.description, `Component \`${model.uid}\`.`], model.typeName, members);
}

function restPath(model: ContentTypeModel): string {
  return `/api/${model.kind === 'singleType' ? model.singularName : model.pluralName}`;
}

function contentTypeBlock(model: ContentTypeModel): string {
  const publishedAt = model.draftAndPublish
    ? [...jsDoc(['Null for a draft (requested with `status=draft`).'], INDENT), `${INDENT}publishedAt: string | null;`]
    : [...jsDoc(['Without draft and publish, set when the entry is created.'], INDENT), `${INDENT}publishedAt: string;`];
  const i18n = model.localized
    ? [
        `${INDENT}locale: string;`,
        ...jsDoc(['The same entry in the other locales. Returned only when populated.'], INDENT),
        `${INDENT}localizations?: ${model.typeName}[];`,
      ]
    : [];
  const members = [
    `${INDENT}id: number;`,
    `${INDENT}documentId: string;`,
    ...model.fields.flatMap(property),
    `${INDENT}createdAt: string;`,
    `${INDENT}updatedAt: string;`,
    ...publishedAt,
    ...i18n,
  ];
  const docs = [model.description, `Content type \`${model.uid}\`, REST \`${restPath(model)}\`.`];
  return interfaceBlock(docs, model.typeName, members);
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

function importBlock(model: SchemaModel): string[] {
  const used = new Set<string>();
  for (const owner of [...model.components, ...model.contentTypes]) {
    for (const field of owner.fields) {
      if (field.type.kind === 'media') used.add('Media');
      if (field.type.kind === 'scalar' && (field.type.type === 'JsonValue' || field.type.type === 'BlocksContent')) used.add(field.type.type);
    }
  }
  if (used.size === 0) return [];
  return [`import type { ${[...used].sort().join(', ')} } from './strapi.ts';`];
}

/** The text of `content-types.ts`. */
export function emitContentTypes(model: SchemaModel): string {
  const blocks = [
    ...importBlock(model),
    ...model.enums.map(enumBlock),
    ...model.components.map(componentBlock),
    ...model.contentTypes.map(contentTypeBlock),
    ...registryBlocks(model.contentTypes),
  ];
  return `${header('The REST response types of the content types and components in the Strapi schemas.')}\n${blocks.join('\n\n')}\n`;
}
