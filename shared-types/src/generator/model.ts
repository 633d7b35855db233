/**
 * The in-between form of the schemas: what the emitters need to know, with every
 * name and TypeScript type already decided, so emitting is plain string building.
 */

/** A schema file as read from disk: where it came from (for messages) and its parsed JSON. */
export interface SchemaSource {
  /** `api::news-item.news-item` for a content type, `shared.seo` for a component. */
  uid: string;
  /** The file's path as shown in messages, e.g. `cms/src/components/shared/seo.json`. */
  file: string;
  json: unknown;
}

export interface SchemaSources {
  contentTypes: SchemaSource[];
  components: SchemaSource[];
  /**
   * `cms/src/api/<api>/populate.json` files: the populate of a content type's public
   * responses; `uid` is the content type's. Optional: a type without one is returned
   * with its own fields only.
   */
  populates?: SchemaSource[];
}

/**
 * What a populate says of one field: returned whole (`true`: its own fields), with some
 * of its own media, components and relations (`{ populate }`), or as another content
 * type's public responses return it (`{ populateAs }`, by uid).
 */
export type PopulateChoice = { kind: 'whole' } | { kind: 'nested'; populate: PopulateModel } | { kind: 'as'; uid: string };
export type PopulateModel = ReadonlyMap<string, PopulateChoice>;

/** The TypeScript types a scalar attribute can have (JsonValue and BlocksContent come from strapi.ts). */
export type ScalarType = 'string' | 'number' | 'boolean' | 'JsonValue' | 'BlocksContent';

export type FieldType =
  | { kind: 'scalar'; type: ScalarType }
  | { kind: 'enumeration'; typeName: string }
  | { kind: 'media'; multiple: boolean }
  | { kind: 'component'; typeName: string; uid: string; repeatable: boolean }
  | { kind: 'relation'; typeName: string; target: string; relation: string; many: boolean };

export interface FieldModel {
  name: string;
  /** `required: true` in the schema: Strapi never returns null for it. */
  required: boolean;
  type: FieldType;
  /** Extra JSDoc, e.g. the string format of a date. */
  doc?: string;
}

export interface EnumModel {
  /** `VacancyBand`: owner type name + field name. */
  typeName: string;
  /** `VACANCY_BAND_VALUES`: the runtime tuple of the same values. */
  constName: string;
  /** `Vacancy.band`, for the JSDoc. */
  source: string;
  values: string[];
}

export interface ComponentModel {
  uid: string;
  typeName: string;
  description: string;
  fields: FieldModel[];
}

export interface ContentTypeModel {
  uid: string;
  typeName: string;
  singularName: string;
  pluralName: string;
  kind: 'collectionType' | 'singleType';
  description: string;
  localized: boolean;
  draftAndPublish: boolean;
  fields: FieldModel[];
  /** The populate of its public responses, and its file; null when it has none. */
  populate: PopulateModel | null;
  populateFile: string | null;
}

/** Everything sorted by name, so the output does not depend on the order files were read. */
export interface SchemaModel {
  contentTypes: ContentTypeModel[];
  components: ComponentModel[];
  enums: EnumModel[];
}
