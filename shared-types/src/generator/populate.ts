import type { ContentTypeModel, FieldModel, PopulateChoice, PopulateModel, SchemaSource } from './model.ts';

/**
 * Reads a populate.json against the schemas: every key a field that needs populating
 * (media, a component or a relation), every value `true`, `{ "populate": {...} }` (that
 * field's own fields to populate) or, for a relation, `{ "populateAs": "<singular name>" }`
 * (the populate of that content type's own responses). Problems name the file and path.
 */

type Owner = { fields: FieldModel[] };

export interface PopulateContext {
  file: string;
  components: ReadonlyMap<string, Owner>;
  contentTypes: ReadonlyMap<string, Owner>;
  /** Singular name -> uid of the content types that have a populate.json. */
  populatedTypes: ReadonlyMap<string, string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownerOf(context: PopulateContext, field: FieldModel): Owner | undefined {
  if (field.type.kind === 'component') return context.components.get(field.type.uid);
  if (field.type.kind === 'relation') return context.contentTypes.get(field.type.target);
  return undefined;
}

function choice(context: PopulateContext, problems: string[], at: string, field: FieldModel, value: unknown): PopulateChoice | undefined {
  const say = (message: string) => problems.push(`${context.file}: '${at}' ${message}`);
  if (value === true) return { kind: 'whole' };
  if (!isRecord(value) || Object.keys(value).length !== 1 || !('populate' in value || 'populateAs' in value)) {
    say('must be true, { "populate": { ... } } or { "populateAs": "<content type>" }');
    return undefined;
  }
  if ('populateAs' in value) {
    const uid = typeof value.populateAs === 'string' ? context.populatedTypes.get(value.populateAs) : undefined;
    if (field.type.kind !== 'relation') say('uses populateAs, which only a relation can');
    else if (uid === undefined) say(`populates as '${String(value.populateAs)}', which is not a content type with a populate.json`);
    else if (uid !== field.type.target) say(`populates as '${String(value.populateAs)}', but the relation is to '${field.type.target}'`);
    else return { kind: 'as', uid };
    return undefined;
  }
  const owner = ownerOf(context, field);
  if (!owner) {
    say('is media: populate it with true');
    return undefined;
  }
  const populate = populateModel(context, problems, `${at}.`, owner, value.populate);
  return populate && { kind: 'nested', populate };
}

/** The populate of one object (a content type, or a component or relation inside one). */
export function populateModel(context: PopulateContext, problems: string[], prefix: string, owner: Owner, json: unknown): PopulateModel | undefined {
  if (!isRecord(json)) {
    problems.push(`${context.file}: ${prefix ? `'${prefix.slice(0, -1)}' populate` : 'the file'} must be a JSON object`);
    return undefined;
  }
  const model = new Map<string, PopulateChoice>();
  for (const [name, value] of Object.entries(json)) {
    const at = `${prefix}${name}`;
    const field = owner.fields.find((candidate) => candidate.name === name);
    if (!field) problems.push(`${context.file}: '${at}' is not a field there`);
    else if (field.type.kind === 'scalar' || field.type.kind === 'enumeration') problems.push(`${context.file}: '${at}' is always returned: do not populate it`);
    else {
      const result = choice(context, problems, at, field, value);
      if (result) model.set(name, result);
    }
  }
  return model;
}

/** Reports populateAs chains that come back to where they started (the CMS would loop). */
export function populateLoops(contentTypes: readonly ContentTypeModel[]): string[] {
  const refers = new Map(contentTypes.map((type) => [type.uid, type.populate ? referredTypes(type.populate) : []]));
  const problems: string[] = [];
  const walk = (uid: string, path: string[]): void => {
    if (path.includes(uid)) {
      problems.push(`populate.json files refer to each other in a loop: ${[...path, uid].join(' -> ')}`);
      return;
    }
    for (const next of refers.get(uid) ?? []) walk(next, [...path, uid]);
  };
  for (const type of contentTypes) walk(type.uid, []);
  return [...new Set(problems)];
}

function referredTypes(populate: PopulateModel): string[] {
  return [...populate.values()].flatMap((value) => (value.kind === 'as' ? [value.uid] : value.kind === 'nested' ? referredTypes(value.populate) : []));
}

/** The populate.json of a content type, if it has one. */
export function populateSourceOf(sources: readonly SchemaSource[] | undefined, uid: string): SchemaSource | undefined {
  return sources?.find((source) => source.uid === uid);
}
