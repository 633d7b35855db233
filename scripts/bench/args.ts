import { parseArgs } from 'node:util';

export interface BenchOptions {
  quick: boolean;
  /** Seconds each load scenario runs. */
  durationS: number;
  /** Which databases the CMS list scenario runs on. */
  databases: Array<'sqlite' | 'postgres'>;
  redis: boolean;
  /** T8: Lighthouse on four pages (about a minute). */
  lighthouse: boolean;
  /** Where latest.md/json go; `--save before` also writes before-<mode>.*. */
  save?: string;
}

/** `pnpm bench [--quick] [--duration 10] [--db sqlite|postgres] [--no-redis] [--no-lighthouse] [--save before|after]`. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  // `pnpm bench -- --quick` passes the `--` on.
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      quick: { type: 'boolean', default: false },
      duration: { type: 'string' },
      db: { type: 'string', multiple: true },
      'no-redis': { type: 'boolean', default: false },
      'no-lighthouse': { type: 'boolean', default: false },
      save: { type: 'string' },
    },
  });
  const durationS = values.duration === undefined ? (values.quick ? 3 : 10) : Number(values.duration);
  if (!Number.isInteger(durationS) || durationS < 1 || durationS > 120) throw new Error('--duration must be a whole number of seconds, 1 to 120.');
  const databases = (values.db ?? ['sqlite', 'postgres']).map((db) => {
    if (db !== 'sqlite' && db !== 'postgres') throw new Error(`--db must be sqlite or postgres, not "${db}".`);
    return db;
  });
  if (values.save !== undefined && !/^[a-z0-9-]{1,40}$/.test(values.save)) throw new Error('--save takes a short name: letters, digits, dashes.');
  return { quick: values.quick, durationS, databases, redis: !values['no-redis'], lighthouse: !values['no-lighthouse'], save: values.save };
}
