// `pnpm types:generate`: writes shared-types/src/generated from the Strapi schemas.
// `node src/generator/cli.ts --check`: writes nothing; exits 1 naming the stale files.
import path from 'node:path';
import { SchemaError } from './errors.ts';
import { generateFiles } from './generate.ts';
import { findStaleFiles, writeFiles } from './output.ts';
import { CMS_SRC_DIR, GENERATED_DIR, REPO_ROOT } from './paths.ts';
import { readSchemas } from './read-schemas.ts';

const shown = (name: string) => path.relative(REPO_ROOT, path.join(GENERATED_DIR, name));

function main(args: string[]): number {
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown.join(' ')}. Usage: node src/generator/cli.ts [--check]`);
    return 2;
  }
  const files = generateFiles(readSchemas(CMS_SRC_DIR, REPO_ROOT));

  if (args.includes('--check')) {
    const stale = findStaleFiles(GENERATED_DIR, files);
    if (stale.length === 0) {
      console.log('Generated types are up to date with the Strapi schemas.');
      return 0;
    }
    console.error(`Generated types are out of date with the Strapi schemas:\n${stale.map((name) => `  ${shown(name)}`).join('\n')}`);
    console.error('Run `pnpm types:generate` and commit the result.');
    return 1;
  }

  const { written, removed } = writeFiles(GENERATED_DIR, files);
  for (const name of written) console.log(`wrote ${shown(name)}`);
  for (const name of removed) console.log(`removed ${shown(name)}`);
  if (written.length === 0 && removed.length === 0) console.log('Generated types were already up to date.');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof SchemaError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
