/**
 * `pnpm seed`: imports the seed content into the CMS configured by ENV_PATH
 * (default cms/.env) and prints the IMPORT REPORT. Safe to run again at any time.
 */
import { withCms } from '../lib/cms-app.ts';
import { SEED } from './data/index.ts';
import { runSeedImport } from './import.ts';
import { formatReport } from './report.ts';
import { SeedInputError } from './sources.ts';
import { assertSeedValid } from './validate.ts';

async function main(): Promise<void> {
  const started = Date.now();
  // Check the input before loading the CMS: bad input fails fast and writes nothing.
  await assertSeedValid(SEED);
  console.log('Seed input checked; loading the CMS.');
  const report = await withCms((strapi) => runSeedImport(strapi));
  console.log(formatReport(report));
  console.log(`Seed import finished in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedInputError ? error.message : error);
  process.exitCode = 1;
});
