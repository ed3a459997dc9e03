/**
 * PostgreSQL for tests: each test file makes its own database on the run's server (started
 * by test/support/global-setup.ts, or named by TEST_DATABASE_URL), so files run in parallel.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The URL of the run's test database. */
export function testDatabaseUrl(): string {
  const url = inject('testDatabaseUrl');
  if (!url) throw new Error('No PostgreSQL for this run: see test/support/global-setup.ts');
  return url;
}

/** Runs one query on its own connection. */
export async function query<R extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 10_000,
    query_timeout: 30_000,
  });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  /** postgres:// URL of the new, empty database. */
  url: string;
  /** Drops the database, cutting any connection still open to it after 5 s. */
  drop: () => Promise<void>;
}

/** Creates an empty database `hc_<random>` on the test server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = testDatabaseUrl();
  const name = `hc_${randomBytes(6).toString('hex')}`;
  await query(admin, `CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      // A closed pool's connections take a moment to go: let them, so that FORCE does not
      // end one under a client still closing it (which would report an error).
      for (let i = 0; i < 50; i++) {
        const [row] = await query<{ n: string }>(
          admin,
          'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1',
          [name],
        );
        if (row?.n === '0') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await query(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
