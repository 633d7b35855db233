/** The characters Strapi allows in a `uid` field (its slugs); anything else cannot be one. */
const STRAPI_UID = /^[A-Za-z0-9\-_.~]+$/;

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 255 && STRAPI_UID.test(value);
}
