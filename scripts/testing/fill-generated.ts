/**
 * `node scripts/testing/fill-generated.ts <documents>`: adds the bench's generated data
 * set (scripts/bench/generator.ts, through the Document Service) to the CMS database the
 * environment names, in a process of its own: a test's process must not load Strapi.
 * The CMS server must be stopped meanwhile (one writer).
 */
import { fillCms } from '../bench/data.ts';
import { withCms } from '../lib/cms-app.ts';

const total = Number(process.argv[2]);
if (!Number.isInteger(total) || total < 1) throw new Error('Usage: fill-generated.ts <documents>');
const report = await withCms((strapi) => fillCms(strapi, total));
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(0);
