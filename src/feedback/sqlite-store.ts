/* eslint-disable @typescript-eslint/require-await --
   better-sqlite3 is synchronous; the methods stay async to meet FeedbackStore, so that a
   thrown error reaches callers as a rejection, as it does from the PostgreSQL store. */
import type Database from 'better-sqlite3';
import path from 'node:path';
import type { Locale } from '../i18n/locales.js';
import { openDurableDatabase } from '../storage/sqlite.js';
import { nextDay } from '../survey/filter-sql.js';
import { SqliteSearchCounts } from './sqlite-search-counts.js';
import type { FeedbackStore, Period, Vote, VoteComment, VoteReason } from './store.js';
import { toArticleVotes, type ArticleVotesRow, type ArticleVotes } from './store.js';

/** Schema versions, applied in order (see openDurableDatabase). */
const migrations = [
  `CREATE TABLE votes (
     id INTEGER PRIMARY KEY,
     created_at TEXT NOT NULL,
     locale TEXT NOT NULL CHECK (locale IN ('en', 'fr')),
     article_id TEXT NOT NULL,
     helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
     reason TEXT CHECK (reason IN ('outdated', 'unclear', 'not-answered', 'other')),
     comment TEXT
   );
   CREATE INDEX votes_created_at ON votes (created_at);
   CREATE TABLE search_counts (
     day TEXT NOT NULL,
     locale TEXT NOT NULL CHECK (locale IN ('en', 'fr')),
     query TEXT NOT NULL,
     count INTEGER NOT NULL,
     results INTEGER NOT NULL,
     PRIMARY KEY (day, locale, query)
   );`,
  `CREATE TABLE search_log_cursor (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     file TEXT NOT NULL,
     position INTEGER NOT NULL
   );`,
];

interface VoteRow {
  id: number;
  created_at: string;
  locale: Locale;
  article_id: string;
  helpful: 0 | 1;
  reason: VoteReason | null;
  comment: string | null;
}

const toVote = (row: VoteRow): Vote => ({
  createdAt: row.created_at,
  locale: row.locale,
  articleId: row.article_id,
  helpful: row.helpful === 1,
  reason: row.reason,
  comment: row.comment,
});

/** Votes of the period: created_at is ISO text, so days compare as strings. */
const inPeriod = 'created_at >= ? AND created_at < ?';
const periodParams = (period: Period) => [period.from, nextDay(period.to)];

/** Votes and search counts in DATA_DIR/feedback.sqlite, beside the survey's file. */
export class SqliteFeedbackStore implements FeedbackStore {
  private readonly db: Database.Database;
  readonly searches: SqliteSearchCounts;

  constructor(dataDir: string) {
    this.db = openDurableDatabase(path.join(dataDir, 'feedback.sqlite'), migrations);
    this.searches = new SqliteSearchCounts(this.db);
  }

  async saveVote(vote: Vote): Promise<void> {
    // A single INSERT is its own transaction; better-sqlite3 returns after COMMIT.
    this.db
      .prepare(
        `INSERT INTO votes (created_at, locale, article_id, helpful, reason, comment)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        vote.createdAt,
        vote.locale,
        vote.articleId,
        vote.helpful ? 1 : 0,
        vote.reason,
        vote.comment,
      );
  }

  async articleVotes(period: Period): Promise<ArticleVotes[]> {
    const rows = this.db
      .prepare(
        `SELECT locale, article_id, count(*) AS votes, sum(helpful) AS helpful,
           sum(reason = 'outdated') AS outdated, sum(reason = 'unclear') AS unclear,
           sum(reason = 'not-answered') AS not_answered, sum(reason = 'other') AS other,
           sum(coalesce(comment, '') <> '') AS comments
         FROM votes WHERE ${inPeriod} GROUP BY locale, article_id ORDER BY locale, article_id`,
      )
      .all(...periodParams(period)) as ArticleVotesRow[];
    return rows.map(toArticleVotes);
  }

  async voteComments(
    period: Period,
    filter: { locale?: Locale; articleId?: string },
    page: { offset: number; limit: number },
  ): Promise<{ total: number; items: VoteComment[] }> {
    const conditions = [inPeriod, `coalesce(comment, '') <> ''`];
    const params: (string | number)[] = periodParams(period);
    if (filter.locale) {
      conditions.push('locale = ?');
      params.push(filter.locale);
    }
    if (filter.articleId) {
      conditions.push('article_id = ?');
      params.push(filter.articleId);
    }
    const where = `WHERE ${conditions.join(' AND ')}`;
    const { n } = this.db.prepare(`SELECT count(*) AS n FROM votes ${where}`).get(...params) as {
      n: number;
    };
    const rows = this.db
      .prepare(`SELECT * FROM votes ${where} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`)
      .all(...params, page.limit, page.offset) as VoteRow[];
    return {
      total: n,
      items: rows.map((row) => ({
        createdAt: row.created_at,
        locale: row.locale,
        articleId: row.article_id,
        reason: row.reason,
        text: row.comment ?? '',
      })),
    };
  }

  async *votes(period: Period): AsyncIterable<Vote> {
    // In batches rather than one cursor held open across yields, which would keep the
    // connection busy and block votes meanwhile.
    const batch = this.db.prepare(
      `SELECT * FROM votes WHERE ${inPeriod} AND id > ? ORDER BY id LIMIT 500`,
    );
    let after = 0;
    for (;;) {
      const rows = batch.all(...periodParams(period), after) as VoteRow[];
      const last = rows.at(-1);
      if (!last) return;
      yield* rows.map(toVote);
      after = last.id;
    }
  }

  async deleteBefore(day: string): Promise<{ votes: number; searchCounts: number }> {
    return this.db.transaction(() => ({
      votes: this.db.prepare('DELETE FROM votes WHERE created_at < ?').run(day).changes,
      searchCounts: this.db.prepare('DELETE FROM search_counts WHERE day < ?').run(day).changes,
    }))();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
