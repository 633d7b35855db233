import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { isPublicType, type PublicType } from '@blmk/shared-types';

/**
 * Each public type's response shape is its `cms/src/api/<type>/populate.json`: Strapi's
 * populate object, where `{ "populateAs": "<type>" }` stands for that type's own
 * populate (a brief lists news items as the news item's page shows them). JSON, so the
 * type generator (shared-types/src/generator) reads the same file and the generated
 * types say exactly which fields a response has.
 */
export type Populate = { [field: string]: true | { populate: Populate } };
type PopulateJson = { [field: string]: true | { populate: PopulateJson } | { populateAs: string } };

const resolved = new Map<PublicType, Populate>();

function load(type: PublicType): PopulateJson {
  // Every public type has the file; tsc copies it to dist beside the schemas.
  return JSON.parse(readFileSync(path.join(__dirname, '..', 'api', type, 'populate.json'), 'utf8')) as PopulateJson;
}

function resolve(json: PopulateJson, seen: readonly PublicType[]): Populate {
  const populate: Populate = {};
  for (const [field, value] of Object.entries(json)) {
    if (value === true) populate[field] = true;
    else if ('populateAs' in value) populate[field] = { populate: populateOfType(value.populateAs, seen) };
    else populate[field] = { populate: resolve(value.populate, seen) };
  }
  return populate;
}

function populateOfType(type: string, seen: readonly PublicType[]): Populate {
  if (!isPublicType(type)) throw new Error(`populate.json refers to '${type}', which is not a public content type.`);
  if (seen.includes(type)) throw new Error(`populate.json files refer to each other in a loop: ${[...seen, type].join(' -> ')}.`);
  let populate = resolved.get(type);
  if (!populate) {
    populate = resolve(load(type), [...seen, type]);
    resolved.set(type, populate);
  }
  return populate;
}

/** The populate of a public type's responses (the site's pages, the newsletter's brief). */
export function populateOf(type: PublicType): Populate {
  return populateOfType(type, []);
}

/**
 * Route middleware that fixes the `populate` of a content type's public responses:
 * the site never sends one, and a caller's own is replaced.
 */
export const populateMiddleware =
  (type: PublicType): Core.MiddlewareFactory =>
  () => {
    const populate = populateOf(type);
    return async (ctx, next) => {
      ctx.query = { ...ctx.query, populate };
      await next();
    };
  };
