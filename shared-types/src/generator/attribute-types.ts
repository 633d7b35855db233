import type { EnumModel, FieldModel, ScalarType } from './model.ts';
import { constantCase, pascalCase } from './names.ts';

/**
 * How each Strapi attribute type appears in a REST response. Formats are the strings
 * Strapi's database layer returns (@strapi/database fields); they go into the JSDoc
 * because the TypeScript type alone (`string`) does not say them.
 */
const SCALARS: ReadonlyMap<string, { type: ScalarType; doc?: string }> = new Map([
  ['string', { type: 'string' }],
  ['text', { type: 'string' }],
  ['richtext', { type: 'string', doc: 'Markdown.' }],
  ['email', { type: 'string' }],
  ['uid', { type: 'string' }],
  ['integer', { type: 'number' }],
  ['float', { type: 'number' }],
  ['decimal', { type: 'number' }],
  // A string because a 64-bit integer can exceed Number.MAX_SAFE_INTEGER.
  ['biginteger', { type: 'string', doc: 'A 64-bit integer as a string of decimal digits.' }],
  ['boolean', { type: 'boolean' }],
  ['date', { type: 'string', doc: "A calendar date, 'YYYY-MM-DD'." }],
  ['time', { type: 'string', doc: "A time of day, 'HH:mm:ss.SSS'." }],
  ['datetime', { type: 'string', doc: "An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'." }],
  ['timestamp', { type: 'string', doc: "An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'." }],
  ['json', { type: 'JsonValue' }],
  ['blocks', { type: 'BlocksContent' }],
]);

/** Relation kinds with one fixed target, and whether the response holds an array. */
const RELATION_IS_MANY: ReadonlyMap<string, boolean> = new Map([
  ['oneToOne', false],
  ['manyToOne', false],
  ['oneWay', false],
  ['oneToMany', true],
  ['manyToMany', true],
  ['manyWay', true],
]);

/** Types Strapi knows that this generator deliberately does not handle yet. */
const UNSUPPORTED = new Set(['dynamiczone', 'customField']);

export interface AttributeContext {
  /** Schema file, for messages. */
  file: string;
  /** Interface the attribute belongs to, e.g. `Vacancy` (enum names start with it). */
  ownerTypeName: string;
  /** Component uid -> interface name. */
  components: ReadonlyMap<string, string>;
  /** Content type uid -> interface name. */
  contentTypes: ReadonlyMap<string, string>;
}

type FieldResult = { outcome: 'field'; field: FieldModel; enumModel?: EnumModel };

export type AttributeResult =
  | FieldResult
  | { outcome: 'skipped' }
  | { outcome: 'problem'; problem: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problem(context: AttributeContext, name: string, message: string): AttributeResult {
  return { outcome: 'problem', problem: `${context.file}: attribute '${name}' ${message}` };
}

function field(name: string, attribute: Record<string, unknown>, type: FieldModel['type'], doc?: string): FieldResult {
  const model: FieldModel = { name, required: attribute.required === true, type, ...(doc === undefined ? {} : { doc }) };
  return { outcome: 'field', field: model };
}

function mapEnumeration(context: AttributeContext, name: string, attribute: Record<string, unknown>): AttributeResult {
  const values = attribute.enum;
  if (!Array.isArray(values) || values.length === 0 || !values.every((value) => typeof value === 'string' && value !== '')) {
    return problem(context, name, 'is an enumeration whose "enum" is not a non-empty list of non-empty strings');
  }
  const strings = values as string[];
  const duplicate = strings.find((value, index) => strings.indexOf(value) !== index);
  if (duplicate !== undefined) return problem(context, name, `lists the enumeration value '${duplicate}' twice`);

  const enumModel: EnumModel = {
    typeName: pascalCase(context.ownerTypeName, name),
    constName: `${constantCase(context.ownerTypeName, name)}_VALUES`,
    source: `${context.ownerTypeName}.${name}`,
    values: strings,
  };
  return { ...field(name, attribute, { kind: 'enumeration', typeName: enumModel.typeName }), enumModel };
}

function mapMedia(name: string, attribute: Record<string, unknown>): AttributeResult {
  const allowed = Array.isArray(attribute.allowedTypes) ? attribute.allowedTypes.join(', ') : '';
  const doc = allowed ? `Media (${allowed}).` : undefined;
  return field(name, attribute, { kind: 'media', multiple: attribute.multiple === true }, doc);
}

function mapComponent(context: AttributeContext, name: string, attribute: Record<string, unknown>): AttributeResult {
  const uid = attribute.component;
  if (typeof uid !== 'string') return problem(context, name, 'is a component without a "component" uid');
  const typeName = context.components.get(uid);
  if (typeName === undefined) return problem(context, name, `uses component '${uid}', which does not exist`);
  const repeatable = attribute.repeatable === true;
  return field(name, attribute, { kind: 'component', typeName, uid, repeatable }, `Component \`${uid}\`.`);
}

function mapRelation(context: AttributeContext, name: string, attribute: Record<string, unknown>): AttributeResult {
  const relation = attribute.relation;
  const many = typeof relation === 'string' ? RELATION_IS_MANY.get(relation) : undefined;
  if (typeof relation !== 'string' || many === undefined) {
    return problem(context, name, `has relation kind '${String(relation)}', which is not supported (use ${[...RELATION_IS_MANY.keys()].join(', ')})`);
  }
  const target = attribute.target;
  if (typeof target !== 'string') return problem(context, name, 'is a relation without a "target"');
  const typeName = context.contentTypes.get(target);
  if (typeName === undefined) return problem(context, name, `relates to '${target}', which is not a content type in the schemas`);
  const doc = `Relation (${relation}) to \`${target}\`.`;
  return field(name, attribute, { kind: 'relation', typeName, target, relation, many }, doc);
}

/** Maps one schema attribute to a field of the response type, or says why it cannot. */
export function mapAttribute(context: AttributeContext, name: string, attribute: unknown): AttributeResult {
  if (!isRecord(attribute) || typeof attribute.type !== 'string') return problem(context, name, 'has no "type"');
  const type = attribute.type;
  // Strapi's content API never returns these.
  if (attribute.private === true || type === 'password') return { outcome: 'skipped' };

  const scalar = SCALARS.get(type);
  if (scalar !== undefined) return field(name, attribute, { kind: 'scalar', type: scalar.type }, scalar.doc);
  switch (type) {
    case 'enumeration':
      return mapEnumeration(context, name, attribute);
    case 'media':
      return mapMedia(name, attribute);
    case 'component':
      return mapComponent(context, name, attribute);
    case 'relation':
      return mapRelation(context, name, attribute);
  }
  if (UNSUPPORTED.has(type)) return problem(context, name, `has type '${type}', which the type generator does not support yet`);
  return problem(context, name, `has unknown type '${type}'`);
}
