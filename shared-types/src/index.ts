// The package entry of @blmk/shared-types: the REST response types generated from the
// Strapi schemas (see src/generator; regenerate with `pnpm types:generate`), and the
// facts the CMS and the site must agree on, written once.
export * from './generated/strapi.ts';
export * from './generated/content-types.ts';
// Hand-written contracts of the CMS's custom (non-content-type) routes.
export * from './contracts/search.ts';
// Languages, the editorial types and the site's addresses.
export * from './site/locales.ts';
export * from './site/editorial-types.ts';
export * from './site/routes.ts';
export * from './site/markup.ts';
