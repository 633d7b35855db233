import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import type { TestDatabase } from './databases.ts';

/**
 * Runs one statement on a test CMS's database (`?` placeholders), for states only
 * time produces, such as a published vacancy whose closing date has since passed.
 */
export async function runSql(database: TestDatabase, sql: string, params: Array<string | number | null> = []): Promise<void> {
  if (database.kind === 'sqlite') {
    const db = new DatabaseSync(database.env.DATABASE_FILENAME ?? '');
    try {
      db.prepare(sql).run(...params);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
    let index = 0;
    await client.query(sql.replace(/\?/g, () => `$${++index}`), params);
  } finally {
    await client.end();
  }
}
