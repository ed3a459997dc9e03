import type pg from 'pg';
import type { Locale } from '../i18n/locales.js';
import type { Period, QueryCount, SearchCount, SearchCounts, SearchLogCursor } from './store.js';

/** Search counts as the store gives them: DATE columns read back as YYYY-MM-DD text. */
const searchCountColumns = `to_char(day, 'YYYY-MM-DD') AS day, locale, query, count, results`;

/** The search_counts table in PostgreSQL (see PgFeedbackStore for its schema). */
export class PgSearchCounts implements SearchCounts {
  constructor(private readonly pool: pg.Pool) {}

  async add(counts: readonly SearchCount[], cursor?: SearchLogCursor): Promise<void> {
    if (!cursor) return this.insert(this.pool, counts);
    // The counts and how far the log was read: together or not at all.
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await this.insert(client, counts);
      await client.query(
        `INSERT INTO search_log_cursor (id, file, position) VALUES (1, $1, $2)
         ON CONFLICT (id) DO UPDATE SET file = excluded.file, position = excluded.position`,
        [cursor.file, cursor.offset],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async cursor(): Promise<SearchLogCursor | undefined> {
    const { rows } = await this.pool.query<{ file: string; position: string }>(
      'SELECT file, position FROM search_log_cursor',
    );
    const [row] = rows;
    return row && { file: row.file, offset: Number(row.position) };
  }

  private async insert(db: pg.Pool | pg.PoolClient, counts: readonly SearchCount[]) {
    if (counts.length === 0) return;
    // One statement for the whole batch: all or nothing.
    await db.query(
      `INSERT INTO search_counts (day, locale, query, count, results)
       SELECT * FROM unnest($1::date[], $2::text[], $3::text[], $4::int[], $5::int[])
       ON CONFLICT (day, locale, query) DO UPDATE
       SET count = search_counts.count + excluded.count, results = excluded.results`,
      [
        counts.map((c) => c.day),
        counts.map((c) => c.locale),
        counts.map((c) => c.query),
        counts.map((c) => c.count),
        counts.map((c) => c.results),
      ],
    );
  }

  async top(
    period: Period,
    locale: Locale,
    options: { withoutResults: boolean; limit: number },
  ): Promise<QueryCount[]> {
    const { rows } = await this.pool.query<QueryCount>(
      `SELECT query, count, results FROM (
         SELECT query, sum(count)::int AS count,
           (array_agg(results ORDER BY day DESC))[1] AS results
         FROM search_counts WHERE day >= $1 AND day <= $2 AND locale = $3 GROUP BY query) AS q
       ${options.withoutResults ? 'WHERE results = 0' : ''}
       ORDER BY count DESC, query LIMIT $4`,
      [period.from, period.to, locale, options.limit],
    );
    return rows;
  }

  async totals(period: Period): Promise<{ searches: number; withoutResults: number }> {
    const { rows } = await this.pool.query<{ searches: number; without_results: number }>(
      `SELECT coalesce(sum(count), 0)::int AS searches,
         coalesce(sum(count) FILTER (WHERE results = 0), 0)::int AS without_results
       FROM search_counts WHERE day >= $1 AND day <= $2`,
      [period.from, period.to],
    );
    return { searches: rows[0]?.searches ?? 0, withoutResults: rows[0]?.without_results ?? 0 };
  }

  async *all(period: Period): AsyncIterable<SearchCount> {
    let after: [string, string, string] = ['0001-01-01', '', ''];
    for (;;) {
      const { rows } = await this.pool.query<SearchCount>(
        `SELECT ${searchCountColumns} FROM search_counts
         WHERE day >= $1 AND day <= $2 AND (day, locale, query) > ($3::date, $4, $5)
         ORDER BY day, locale, query LIMIT 500`,
        [period.from, period.to, ...after],
      );
      const last = rows.at(-1);
      if (!last) return;
      yield* rows;
      after = [last.day, last.locale, last.query];
    }
  }
}
