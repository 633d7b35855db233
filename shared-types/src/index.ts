// The package entry of @blmk/shared-types: the REST response types generated from the
// Strapi schemas (see src/generator; regenerate with `pnpm types:generate`).
export * from './generated/strapi.ts';
export * from './generated/content-types.ts';
// Hand-written contracts of the CMS's custom (non-content-type) routes.
export * from './contracts/search.ts';
