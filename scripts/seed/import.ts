/**
 * Imports the seed content through the Document Service, published, in locale en.
 * Idempotent and never destructive: an entry that exists (found by the ledger or by
 * its slug/code) is left exactly as it is, and one an editor deleted after it was
 * imported is not created again.
 */
import type { Core } from '@strapi/strapi';
import { SEED } from './data/index.ts';
import type { SourceSeed } from './data/types.ts';
import { openLedger, type Ledger } from './ledger.ts';
import { emptyReport, type SeedReport } from './report.ts';
import { SEED_TYPES, type SeedEntry, type SeedType, type SeedTypeName } from './seed-types.ts';
import { SOURCES_DIR } from './sources.ts';
import type { RefType, Refs, StrapiData } from './to-strapi.ts';
import { assertSeedValid } from './validate.ts';

const LOCALE = 'en';

export interface SeedImportOptions {
  seeds?: readonly SourceSeed[];
  sourcesDir?: string;
  log?: (line: string) => void;
}

/** documentIds of the entries that exist, by type and key, for relations. */
type Resolved = Map<string, string>;
const refKey = (type: SeedTypeName, key: string) => `${type}:${key}`;

interface Run {
  strapi: Core.Strapi;
  ledger: Ledger;
  resolved: Resolved;
  report: SeedReport;
  log: (line: string) => void;
}

// The Document Service's types need the generated content-type registry, which the
// scripts package does not load; the calls below use its documented shape.
interface Documents {
  findOne(params: { documentId: string; locale: string; status: 'draft' }): Promise<{ documentId: string } | null>;
  findFirst(params: { filters: StrapiData; locale: string; status: 'draft' }): Promise<{ documentId: string } | null>;
  create(params: { data: StrapiData; locale: string; status: 'published' }): Promise<{ documentId: string }>;
}

function documents(strapi: Core.Strapi, type: SeedType): Documents {
  return strapi.documents(type.uid as never) as unknown as Documents;
}

function refsFor(run: Run, from: string): Refs {
  const lookUp = (type: RefType, key: string): { documentId: string } | undefined => {
    const documentId = run.resolved.get(refKey(type, key));
    if (documentId === undefined) {
      run.report.warnings.push(`${from}: ${type} "${key}" was deleted since import; that relation is left out`);
      return undefined;
    }
    return { documentId };
  };
  return {
    one: (type, key) => {
      const target = key === undefined ? undefined : lookUp(type, key);
      return target && { connect: [target] };
    },
    many: (type, keys) => {
      const targets = (keys ?? []).flatMap((key) => lookUp(type, key) ?? []);
      return targets.length > 0 ? { connect: targets } : undefined;
    },
  };
}

/** The entry's documentId if it still exists: the one recorded, else one with its key. */
async function findExisting(run: Run, type: SeedType, key: string, recorded: string | undefined) {
  const docs = documents(run.strapi, type);
  if (recorded !== undefined) return docs.findOne({ documentId: recorded, locale: LOCALE, status: 'draft' });
  return docs.findFirst({ filters: { [type.keyField]: key }, locale: LOCALE, status: 'draft' });
}

async function importEntry(run: Run, type: SeedType, entry: SeedEntry): Promise<void> {
  const counts = run.report.counts[type.name];
  const recorded = run.ledger.documentId(type.name, entry.key);
  const existing = await findExisting(run, type, entry.key, recorded);
  if (existing) {
    if (recorded === undefined) await run.ledger.record(type.name, entry.key, existing.documentId);
    run.resolved.set(refKey(type.name, entry.key), existing.documentId);
    counts.alreadyPresent += 1;
    run.log(`  ${type.name} ${entry.key}: already present, left as it is`);
    return;
  }
  if (recorded !== undefined) {
    counts.deletedSinceImport += 1;
    run.report.deletedSinceImport.push({ type: type.name, key: entry.key });
    run.log(`  ${type.name} ${entry.key}: deleted since import, left alone`);
    return;
  }
  const data = entry.build(refsFor(run, `${type.name} ${entry.key}`));
  const created = await documents(run.strapi, type).create({ data, locale: LOCALE, status: 'published' });
  await run.ledger.record(type.name, entry.key, created.documentId);
  run.resolved.set(refKey(type.name, entry.key), created.documentId);
  counts.created += 1;
  run.log(`  ${type.name} ${entry.key}: created and published`);
}

/**
 * Checks the seed input (throws a SeedInputError before writing anything when it is
 * bad), then imports every type in dependency order. Returns the report.
 */
export async function runSeedImport(strapi: Core.Strapi, options: SeedImportOptions = {}): Promise<SeedReport> {
  const { seeds = SEED, sourcesDir = SOURCES_DIR, log = console.log } = options;
  await assertSeedValid(seeds, sourcesDir);
  const findings = seeds.flatMap((seed) => seed.findings);
  const run: Run = {
    strapi,
    ledger: await openLedger(strapi),
    resolved: new Map(),
    report: emptyReport(SEED_TYPES.map((type) => type.name), findings),
    log,
  };
  // Historic content skips today's publishing rules (cms/src/utils/seed-import.ts).
  const previous = process.env.BLMK_SEED_IMPORT;
  process.env.BLMK_SEED_IMPORT = '1';
  try {
    for (const type of SEED_TYPES) {
      const entries = type.entries(seeds);
      log(`Importing ${entries.length} ${type.name} entries (${type.uid})`);
      for (const entry of entries) await importEntry(run, type, entry);
    }
  } finally {
    if (previous === undefined) delete process.env.BLMK_SEED_IMPORT;
    else process.env.BLMK_SEED_IMPORT = previous;
  }
  return run.report;
}
