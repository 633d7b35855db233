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

const seconds = (since: number): number => (Date.now() - since) / 1000;

async function main(): Promise<void> {
  const started = Date.now();
  // Check the input before loading the CMS: bad input fails fast and writes nothing.
  await assertSeedValid(SEED);
  console.log('Seed input checked; loading the CMS.');
  let importSeconds = 0;
  const report = await withCms(async (strapi) => {
    const importStarted = Date.now();
    const result = await runSeedImport(strapi);
    importSeconds = seconds(importStarted);
    return result;
  });
  console.log(formatReport(report));
  console.log(`Seed import finished: ${importSeconds.toFixed(1)} s importing, ${seconds(started).toFixed(1)} s with loading the CMS.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedInputError ? error.message : error);
  process.exitCode = 1;
});
