import type pg from 'pg';
import type { Locale } from '../i18n/locales.js';
import { createPool, migrate } from '../storage/postgres.js';
import { nextDay } from '../survey/filter-sql.js';
import { PgSearchCounts } from './pg-search-counts.js';
import type { FeedbackStore, Period, Vote, VoteComment, VoteReason } from './store.js';
import { toArticleVotes, type ArticleVotesRow, type ArticleVotes } from './store.js';

/** Schema versions, as for SQLite; feedback_schema.version records the last one applied. */
const migrations = [
  `CREATE TABLE votes (
     id BIGSERIAL PRIMARY KEY,
     created_at TIMESTAMPTZ NOT NULL,
     locale TEXT NOT NULL CHECK (locale IN ('en', 'fr')),
     article_id TEXT NOT NULL,
     helpful BOOLEAN NOT NULL,
     reason TEXT CHECK (reason IN ('outdated', 'unclear', 'not-answered', 'other')),
     comment TEXT
   );
   CREATE INDEX votes_created_at ON votes (created_at);
   CREATE TABLE search_counts (
     day DATE NOT NULL,
     locale TEXT NOT NULL CHECK (locale IN ('en', 'fr')),
     query TEXT NOT NULL,
     count INTEGER NOT NULL,
     results INTEGER NOT NULL,
     PRIMARY KEY (day, locale, query)
   );`,
  `CREATE TABLE search_log_cursor (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     file TEXT NOT NULL,
     position BIGINT NOT NULL
   );`,
];

/** Any fixed number, other than the survey schema's. */
const migrationLock = 7_231_904_116;

interface VoteRow {
  id: string;
  created_at: Date;
  locale: Locale;
  article_id: string;
  helpful: boolean;
  reason: VoteReason | null;
  comment: string | null;
}

const toVote = (row: VoteRow): Vote => ({
  createdAt: row.created_at.toISOString(),
  locale: row.locale,
  articleId: row.article_id,
  helpful: row.helpful,
  reason: row.reason,
  comment: row.comment,
});

/** Votes and search counts in PostgreSQL, for several instances sharing one database. */
export class PgFeedbackStore implements FeedbackStore {
  readonly searches: PgSearchCounts;

  private constructor(private readonly pool: pg.Pool) {
    this.searches = new PgSearchCounts(pool);
  }

  /** Connects and brings the schema up to date (safe with several instances at once). */
  static async connect(connectionString: string): Promise<PgFeedbackStore> {
    const pool = createPool(connectionString, 5);
    await migrate(pool, 'feedback_schema', migrationLock, migrations);
    return new PgFeedbackStore(pool);
  }

  async saveVote(vote: Vote): Promise<void> {
    // One statement, one transaction: the promise resolves after COMMIT.
    await this.pool.query(
      `INSERT INTO votes (created_at, locale, article_id, helpful, reason, comment)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [vote.createdAt, vote.locale, vote.articleId, vote.helpful, vote.reason, vote.comment],
    );
  }

  async articleVotes(period: Period): Promise<ArticleVotes[]> {
    const { rows } = await this.pool.query<ArticleVotesRow>(
      `SELECT locale, article_id, count(*)::int AS votes,
         (count(*) FILTER (WHERE helpful))::int AS helpful,
         (count(*) FILTER (WHERE reason = 'outdated'))::int AS outdated,
         (count(*) FILTER (WHERE reason = 'unclear'))::int AS unclear,
         (count(*) FILTER (WHERE reason = 'not-answered'))::int AS not_answered,
         (count(*) FILTER (WHERE reason = 'other'))::int AS other,
         (count(*) FILTER (WHERE coalesce(comment, '') <> ''))::int AS comments
       FROM votes WHERE created_at >= $1 AND created_at < $2
       GROUP BY locale, article_id ORDER BY locale, article_id`,
      [period.from, nextDay(period.to)],
    );
    return rows.map(toArticleVotes);
  }

  async voteComments(
    period: Period,
    filter: { locale?: Locale; articleId?: string },
    page: { offset: number; limit: number },
  ): Promise<{ total: number; items: VoteComment[] }> {
    const params: (string | number)[] = [period.from, nextDay(period.to)];
    const conditions = ['created_at >= $1', 'created_at < $2', `coalesce(comment, '') <> ''`];
    if (filter.locale) conditions.push(`locale = $${params.push(filter.locale)}`);
    if (filter.articleId) conditions.push(`article_id = $${params.push(filter.articleId)}`);
    const where = `WHERE ${conditions.join(' AND ')}`;
    const n = params.length;
    const [total, items] = await Promise.all([
      this.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM votes ${where}`, params),
      this.pool.query<VoteRow>(
        `SELECT * FROM votes ${where} ORDER BY created_at DESC, id DESC
         LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...params, page.limit, page.offset],
      ),
    ]);
    return {
      total: total.rows[0]?.n ?? 0,
      items: items.rows.map((row) => ({
        createdAt: row.created_at.toISOString(),
        locale: row.locale,
        articleId: row.article_id,
        reason: row.reason,
        text: row.comment ?? '',
      })),
    };
  }

  async *votes(period: Period): AsyncIterable<Vote> {
    let after = '0';
    for (;;) {
      const { rows } = await this.pool.query<VoteRow>(
        `SELECT * FROM votes WHERE created_at >= $1 AND created_at < $2 AND id > $3
         ORDER BY id LIMIT 500`,
        [period.from, nextDay(period.to), after],
      );
      const last = rows.at(-1);
      if (!last) return;
      yield* rows.map(toVote);
      after = last.id;
    }
  }

  async deleteBefore(day: string): Promise<{ votes: number; searchCounts: number }> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const votes = await client.query('DELETE FROM votes WHERE created_at < $1', [day]);
      const counts = await client.query('DELETE FROM search_counts WHERE day < $1', [day]);
      await client.query('COMMIT');
      return { votes: votes.rowCount ?? 0, searchCounts: counts.rowCount ?? 0 };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
