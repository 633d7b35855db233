/**
 * Typed query parameters of the Strapi REST API, keyed by the field names of the
 * generated entry types. There is deliberately no `populate`: the CMS decides what
 * each response contains (cms/src/api/x/populate.ts).
 * Operators: https://docs.strapi.io/cms/api/rest/filters
 */

type Scalar = string | number | boolean;
type ElementOf<V> = V extends readonly (infer U)[] ? U : V;

export interface ScalarOperators<V extends Scalar> {
  $eq?: V;
  $eqi?: V;
  $ne?: V;
  $nei?: V;
  $lt?: V;
  $lte?: V;
  $gt?: V;
  $gte?: V;
  $in?: V[];
  $notIn?: V[];
  $contains?: V;
  $notContains?: V;
  $containsi?: V;
  $notContainsi?: V;
  $startsWith?: V;
  $endsWith?: V;
  $between?: [V, V];
  $null?: boolean;
  $notNull?: boolean;
}

/** A scalar field takes operators; a relation or component field takes the filters of its own fields. */
export type FieldFilter<V> =
  NonNullable<ElementOf<V>> extends Scalar
    ? ScalarOperators<NonNullable<ElementOf<V>>>
    : NonNullable<ElementOf<V>> extends object
      ? Filters<NonNullable<ElementOf<V>>>
      : never;

export type Filters<E> = {
  [K in keyof E & string]?: FieldFilter<E[K]>;
} & {
  $and?: Filters<E>[];
  $or?: Filters<E>[];
  $not?: Filters<E>;
};

/** Fields that hold a single scalar value, the only ones Strapi can sort on directly. */
export type SortableField<E> = {
  [K in keyof E & string]-?: NonNullable<E[K]> extends Scalar ? K : never;
}[keyof E & string];

export type Sort<E> = SortableField<E> | `${SortableField<E>}:asc` | `${SortableField<E>}:desc`;

/** Either page and pageSize, or start (an offset) and limit; Strapi takes one pair or the other. */
export interface PageParams {
  page?: number;
  pageSize?: number;
  start?: number;
  limit?: number;
}

export interface FindParams<E> {
  locale?: string;
  filters?: Filters<E>;
  sort?: Sort<E> | Sort<E>[];
  pagination?: PageParams;
}

/** What the client may send. Any other key (populate, status, fields…) is dropped. */
export function toQueryParams<E>(params: FindParams<E>): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (params.locale !== undefined) query.locale = params.locale;
  if (params.filters !== undefined) query.filters = params.filters;
  if (params.sort !== undefined) query.sort = Array.isArray(params.sort) ? params.sort : [params.sort];
  if (params.pagination !== undefined) query.pagination = params.pagination;
  return query;
}
