import pg from 'pg';

/** A pool whose dates, given as YYYY-MM-DD, mean UTC days whatever the server's time zone. */
export function createPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, options: '-c timezone=UTC' });
  // PostgreSQL may end a connection while it sits idle in the pool (restart, failover,
  // pg_terminate_backend). The pool then drops it and opens another for the next query, but
  // it also emits 'error', which with no listener would crash the whole process.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Brings a schema up to date: `migrations` in order, each in a transaction, the last one
 * applied recorded in `versionTable`. Instances starting together take turns under an
 * advisory lock (`lock`: any fixed number, one per schema).
 */
export async function migrate(
  pool: pg.Pool,
  versionTable: string,
  lock: number,
  migrations: readonly string[],
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [lock]);
    await client.query(`CREATE TABLE IF NOT EXISTS ${versionTable} (version INTEGER NOT NULL)`);
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${versionTable}`);
    const current = rows[0]?.version ?? 0;
    if (rows.length === 0) await client.query(`INSERT INTO ${versionTable} (version) VALUES (0)`);
    for (const [version, migration] of migrations.entries()) {
      if (version < current) continue;
      await client.query('BEGIN');
      await client.query(migration);
      await client.query(`UPDATE ${versionTable} SET version = $1`, [version + 1]);
      await client.query('COMMIT');
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [lock]).catch(() => undefined);
    client.release();
  }
}
