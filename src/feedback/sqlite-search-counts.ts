/* eslint-disable @typescript-eslint/require-await --
   better-sqlite3 is synchronous; the methods are async to meet SearchCounts. */
import type Database from 'better-sqlite3';
import type { Locale } from '../i18n/locales.js';
import type { Period, QueryCount, SearchCount, SearchCounts, SearchLogCursor } from './store.js';

/** The search_counts table of feedback.sqlite (see SqliteFeedbackStore for its schema). */
export class SqliteSearchCounts implements SearchCounts {
  constructor(private readonly db: Database.Database) {}

  async add(counts: readonly SearchCount[], cursor?: SearchLogCursor): Promise<void> {
    const add = this.db.prepare(
      `INSERT INTO search_counts (day, locale, query, count, results) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (day, locale, query)
       DO UPDATE SET count = count + excluded.count, results = excluded.results`,
    );
    this.db.transaction(() => {
      for (const c of counts) add.run(c.day, c.locale, c.query, c.count, c.results);
      if (cursor) {
        this.db
          .prepare(
            `INSERT INTO search_log_cursor (id, file, position) VALUES (1, ?, ?)
             ON CONFLICT (id) DO UPDATE SET file = excluded.file, position = excluded.position`,
          )
          .run(cursor.file, cursor.offset);
      }
    })();
  }

  async cursor(): Promise<SearchLogCursor | undefined> {
    const row = this.db.prepare('SELECT file, position FROM search_log_cursor').get() as
      { file: string; position: number } | undefined;
    return row && { file: row.file, offset: row.position };
  }

  async top(
    period: Period,
    locale: Locale,
    options: { withoutResults: boolean; limit: number },
  ): Promise<QueryCount[]> {
    // Per query: the total over the period, and the results of its latest day (SQLite gives
    // the other columns of the row that max() picked).
    return this.db
      .prepare(
        `SELECT query, count, results FROM (
           SELECT query, sum(count) AS count, results, max(day) AS latest
           FROM search_counts WHERE day >= ? AND day <= ? AND locale = ? GROUP BY query)
         ${options.withoutResults ? 'WHERE results = 0' : ''}
         ORDER BY count DESC, query LIMIT ?`,
      )
      .all(period.from, period.to, locale, options.limit) as QueryCount[];
  }

  async totals(period: Period): Promise<{ searches: number; withoutResults: number }> {
    const row = this.db
      .prepare(
        `SELECT coalesce(sum(count), 0) AS searches,
           coalesce(sum(CASE WHEN results = 0 THEN count ELSE 0 END), 0) AS withoutResults
         FROM search_counts WHERE day >= ? AND day <= ?`,
      )
      .get(period.from, period.to) as { searches: number; withoutResults: number };
    return row;
  }

  async *all(period: Period): AsyncIterable<SearchCount> {
    const batch = this.db.prepare(
      `SELECT day, locale, query, count, results FROM search_counts
       WHERE day >= ? AND day <= ? AND (day, locale, query) > (?, ?, ?)
       ORDER BY day, locale, query LIMIT 500`,
    );
    let after: [string, string, string] = ['', '', ''];
    for (;;) {
      const rows = batch.all(period.from, period.to, ...after) as SearchCount[];
      const last = rows.at(-1);
      if (!last) return;
      yield* rows;
      after = [last.day, last.locale, last.query];
    }
  }
}
