/* eslint-disable @typescript-eslint/require-await --
   better-sqlite3 is synchronous; the methods stay async to meet SurveyStore, so that a thrown
   error reaches callers as a rejection, as it does from the PostgreSQL store. */
import type Database from 'better-sqlite3';
import path from 'node:path';
import { durabilitySettings, openDurableDatabase } from '../storage/sqlite.js';
import { filterClause } from './filter-sql.js';
import { closedQuestions, type Answers, type SurveyResponse } from './questions.js';
import type { Comment, ResponseFilter, SurveyStore, SurveySummary } from './store.js';
import type { Locale } from '../i18n/locales.js';

/** Schema versions, applied in order (see openDurableDatabase). */
const migrations = [
  `CREATE TABLE responses (
     id INTEGER PRIMARY KEY,
     submission_id TEXT NOT NULL UNIQUE,
     locale TEXT NOT NULL CHECK (locale IN ('en', 'fr')),
     created_at TEXT NOT NULL,
     answers TEXT NOT NULL CHECK (json_valid(answers)),
     from_path TEXT
   );
   CREATE INDEX responses_created_at ON responses (created_at);`,
];

interface Row {
  submission_id: string;
  locale: Locale;
  created_at: string;
  answers: string;
  from_path: string | null;
}

export class SqliteSurveyStore implements SurveyStore {
  private readonly db: Database.Database;

  constructor(dataDir: string) {
    this.db = openDurableDatabase(path.join(dataDir, 'survey.sqlite'), migrations);
  }

  /** The durability settings in force (tests check them after a reopen). */
  settings(): ReturnType<typeof durabilitySettings> {
    return durabilitySettings(this.db);
  }

  async save(response: SurveyResponse): Promise<'stored' | 'duplicate'> {
    // A single INSERT is its own transaction; better-sqlite3 returns after COMMIT.
    const result = this.db
      .prepare(
        `INSERT INTO responses (submission_id, locale, created_at, answers, from_path)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (submission_id) DO NOTHING`,
      )
      .run(
        response.submissionId,
        response.locale,
        response.createdAt,
        JSON.stringify(response.answers),
        response.fromPath,
      );
    return result.changes === 1 ? 'stored' : 'duplicate';
  }

  async summary(filter: ResponseFilter): Promise<SurveySummary> {
    const where = filterClause(filter, () => '?');
    const total = (
      this.db.prepare(`SELECT count(*) AS n FROM responses ${where.sql}`).get(...where.params) as {
        n: number;
      }
    ).n;
    const counts: SurveySummary['counts'] = {};
    for (const question of closedQuestions) {
      const rows = this.db
        .prepare(
          `SELECT json_extract(answers, '$.${question.id}') AS value, count(*) AS n
           FROM responses ${where.sql} GROUP BY value`,
        )
        .all(...where.params) as { value: string | null; n: number }[];
      counts[question.id] = Object.fromEntries(
        rows.filter((r) => r.value !== null).map((r) => [String(r.value), r.n]),
      );
    }
    return { total, counts };
  }

  async comments(
    filter: ResponseFilter,
    page: { offset: number; limit: number },
  ): Promise<{ total: number; items: Comment[] }> {
    const where = filterClause(filter, () => '?');
    const hasText = `json_extract(answers, '$.improve') IS NOT NULL AND json_extract(answers, '$.improve') <> ''`;
    const clause = where.sql ? `${where.sql} AND ${hasText}` : `WHERE ${hasText}`;
    const total = (
      this.db.prepare(`SELECT count(*) AS n FROM responses ${clause}`).get(...where.params) as {
        n: number;
      }
    ).n;
    const items = this.db
      .prepare(
        `SELECT created_at AS createdAt, locale, json_extract(answers, '$.improve') AS text
         FROM responses ${clause} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
      )
      .all(...where.params, page.limit, page.offset) as Comment[];
    return { total, items };
  }

  async *responses(filter: ResponseFilter): AsyncIterable<SurveyResponse> {
    // Read in batches rather than holding one cursor open across yields: an open cursor
    // would keep the connection busy and block survey submissions meanwhile.
    const where = filterClause(filter, () => '?');
    const clause = where.sql ? `${where.sql} AND id > ?` : 'WHERE id > ?';
    const batch = this.db.prepare(`SELECT * FROM responses ${clause} ORDER BY id LIMIT 500`);
    let after = 0;
    for (;;) {
      const rows = batch.all(...where.params, after) as (Row & { id: number })[];
      if (rows.length === 0) return;
      for (const row of rows) {
        yield {
          submissionId: row.submission_id,
          locale: row.locale,
          createdAt: row.created_at,
          answers: JSON.parse(row.answers) as Answers,
          fromPath: row.from_path,
        };
      }
      after = (rows[rows.length - 1] as { id: number }).id;
    }
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
