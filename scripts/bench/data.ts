/**
 * `pnpm bench:data --size 1k|10k|100k [--db sqlite|postgres] [--keep]`: a scratch CMS
 * database (seed import first, for the priorities and organisations) filled with the
 * scale data set (generator.ts) through the CMS's own Document Service, in process, so
 * every document middleware (validation, search sync, audit) runs as for an editor.
 * Reports how long it took and ms per document. Without --keep the database is dropped.
 */
import { parseArgs } from 'node:util';
import type { Core } from '@strapi/strapi';
import { loadCms } from '../lib/cms-app.ts';
import { startTestCms, type TestCms } from '../testing/cms-server.ts';
import type { DatabaseKind } from '../testing/databases.ts';
import { planDocuments, SIZES, type BenchType, type SizeName } from './generator.ts';

export interface FillReport {
  documents: number;
  localisations: number;
  ms: number;
  msPerDocument: number;
}

type Uid = `api::${BenchType}.${BenchType}`;
const uidOf = (type: BenchType) => `api::${type}.${type}` as Uid;

/** Creates and publishes the planned documents of `total` items; calls `progress` every 500. */
export async function fillCms(strapi: Core.Strapi, total: number, progress: (done: number) => void = () => {}): Promise<FillReport> {
  const started = performance.now();
  const ids = async (uid: 'api::priority.priority' | 'api::organisation.organisation') =>
    ((await strapi.documents(uid).findMany({ fields: ['documentId'], limit: 10_000 })) as Array<{ documentId: string }>).map((entry) => entry.documentId);
  const priorities = await ids('api::priority.priority');
  const organisations = await ids('api::organisation.organisation');
  let documents = 0;
  let localisations = 0;
  for (const planned of planDocuments(total, undefined, { priorities: priorities.length, organisations: organisations.length }, new Date().toISOString().slice(0, 10))) {
    const data: Record<string, unknown> = { ...planned.data };
    if (planned.priorities.length) data.priorities = planned.priorities.map((index) => priorities[index]);
    if (planned.type === 'vacancy' && planned.organisations.length) data.employer = organisations[planned.organisations[0]!];
    else if (planned.organisations.length) data.organisations = planned.organisations.map((index) => organisations[index]);
    const documentService = strapi.documents(uidOf(planned.type));
    const created = (await documentService.create({ locale: 'en', status: 'published', data } as never)) as { documentId: string };
    for (const locale of planned.translations) {
      // Priorities and organisations exist in English only: a translation links none.
      const { priorities: _p, organisations: _o, employer: _e, ...translated } = data;
      await documentService.update({ documentId: created.documentId, locale, status: 'published', data: { ...translated, title: `[${locale}] ${String(data.title)}` } } as never);
      localisations++;
    }
    if (++documents % 500 === 0) progress(documents);
  }
  const ms = performance.now() - started;
  return { documents, localisations, ms, msPerDocument: ms / documents };
}

/** Parses `--size` (1k, 10k, 100k or a whole number) and `--db`. */
export function parseDataArgs(argv: string[]): { total: number; db: DatabaseKind; keep: boolean } {
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  const { values } = parseArgs({ args, strict: true, options: { size: { type: 'string', default: '1k' }, db: { type: 'string', default: 'sqlite' }, keep: { type: 'boolean', default: false } } });
  const total = Object.hasOwn(SIZES, values.size) ? SIZES[values.size as SizeName] : Number(values.size);
  if (!Number.isInteger(total) || total < 1 || total > 1_000_000) throw new Error('--size is 1k, 10k, 100k or a whole number of documents.');
  if (values.db !== 'sqlite' && values.db !== 'postgres') throw new Error('--db is sqlite or postgres.');
  return { total, db: values.db, keep: values.keep };
}

/** A seeded scratch CMS database filled to `total` (the CMS server stopped); drop it with cms.destroy(). */
export async function scratchDatabase(total: number, db: DatabaseKind, progress?: (done: number) => void): Promise<{ cms: TestCms; report: FillReport }> {
  const cms = await startTestCms({ database: db, seed: true });
  await cms.stop();
  // loadCms reads its configuration from process.env: this CMS's, not a developer's cms/.env.
  Object.assign(process.env, cms.env);
  const strapi = await loadCms();
  try {
    return { cms, report: await fillCms(strapi, total, progress) };
  } finally {
    await strapi.destroy();
  }
}

if (import.meta.main) {
  const { total, db, keep } = parseDataArgs(process.argv.slice(2));
  console.log(`[bench:data] ${total} documents on ${db}`);
  const { cms, report } = await scratchDatabase(total, db, (done) => console.log(`[bench:data]   ${done} documents`));
  console.log(
    `[bench:data] ${report.documents} documents (+${report.localisations} translations) in ${(report.ms / 1000).toFixed(1)} s: ` +
      `${report.msPerDocument.toFixed(1)} ms/document; 100k would take about ${((report.msPerDocument * 100_000) / 60_000).toFixed(0)} min.`,
  );
  if (keep) console.log(`[bench:data] kept: ${JSON.stringify(cms.database.env)}`);
  else await cms.destroy();
  process.exit(0);
}
