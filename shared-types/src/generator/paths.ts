import path from 'node:path';

/** The repository root, found from this file: shared-types/src/generator/paths.ts. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
/** Where Strapi reads the schemas from. */
export const CMS_SRC_DIR = path.join(REPO_ROOT, 'cms', 'src');
/** Where the generated files are committed. */
export const GENERATED_DIR = path.join(REPO_ROOT, 'shared-types', 'src', 'generated');
