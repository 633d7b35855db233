import { buildModel } from './build-model.ts';
import { emitContentTypes } from './emit-content-types.ts';
import { emitStrapi } from './emit-strapi.ts';
import type { SchemaSources } from './model.ts';

export interface GeneratedFile {
  /** File name inside the generated folder. */
  name: string;
  contents: string;
}

/** Schemas in, file texts out; no file system, so tests can feed it anything. */
export function generateFiles(sources: SchemaSources): GeneratedFile[] {
  const model = buildModel(sources);
  return [
    { name: 'content-types.ts', contents: emitContentTypes(model) },
    { name: 'strapi.ts', contents: emitStrapi() },
  ];
}
