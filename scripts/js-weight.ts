// Prints how much JavaScript (gzip) each page type of the built site makes a browser
// download, against a throw-away seeded CMS: `node scripts/js-weight.ts`.
// Not a test: the numbers go in web/README.md ("JavaScript weight").
import { startTestCms } from './testing/cms-server.ts';
import { scriptWeight } from './testing/script-weight.ts';
import { startTestWeb } from './testing/web-server.ts';

const PAGES = [
  '/',
  '/news',
  '/news/blmk-single-operating-plan',
  '/briefs',
  '/briefs/central-brief-may-2018',
  '/vacancies',
  '/vacancies/primary-care-workforce-programme-manager',
  '/events',
  '/events/past',
  '/events/mental-health-in-primary-care-home',
  '/leadership',
  '/about',
  '/search?q=cancer',
];
/** Error pages answer with their status; they are weighed too. */
const ERROR_PAGES: Array<[string, number]> = [['/no/such/page', 404]];

const cms = await startTestCms({ database: 'sqlite', seed: true });
try {
  const web = await startTestWeb({ cmsUrl: cms.url });
  try {
    for (const [path, status] of [...PAGES.map((page) => [page, 200] as const), ...ERROR_PAGES]) {
      const weight = await scriptWeight(web.url, path, status);
      const kb = (weight.totalGzipBytes / 1024).toFixed(1);
      console.log(`${path.padEnd(55)} ${String(weight.scripts.length).padStart(3)} files  ${kb.padStart(6)} kB gzip  (inline ${weight.inlineBytes} B)`);
    }
  } finally {
    await web.stop();
  }
} finally {
  await cms.destroy();
}
