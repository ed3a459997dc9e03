import type pg from 'pg';
import { createPool, migrate } from '../storage/postgres.js';
import { filterClause } from './filter-sql.js';
import { closedQuestions, type Answers, type SurveyResponse } from './questions.js';
import type { Comment, ResponseFilter, SurveyStore, SurveySummary } from './store.js';
import type { Locale } from '../i18n/locales.js';

/** Schema versions, as for SQLite; survey_schema.version records the last one applied. */
const migrations = [
  `CREATE TABLE responses (
     id BIGSERIAL PRIMARY KEY,
     submission_id UUID NOT NULL UNIQUE,
     locale TEXT NOT NULL CHECK (locale IN ('en', 'fr')),
     created_at TIMESTAMPTZ NOT NULL,
     answers JSONB NOT NULL,
     from_path TEXT
   );
   CREATE INDEX responses_created_at ON responses (created_at);`,
];

/** Any fixed number: instances starting together take turns migrating under this lock. */
const migrationLock = 7_231_904_115;
const dollar = (i: number) => `$${i}`;

interface Row {
  id: string;
  submission_id: string;
  locale: Locale;
  created_at: Date;
  answers: Answers;
  from_path: string | null;
}

export class PgSurveyStore implements SurveyStore {
  private constructor(private readonly pool: pg.Pool) {}

  /** Connects and brings the schema up to date (safe with several instances at once). */
  static async connect(connectionString: string): Promise<PgSurveyStore> {
    const pool = createPool(connectionString, 10);
    await migrate(pool, 'survey_schema', migrationLock, migrations);
    return new PgSurveyStore(pool);
  }

  /** The schema version in force (tests check it). */
  async schemaVersion(): Promise<number> {
    const { rows } = await this.pool.query<{ version: number }>(
      'SELECT version FROM survey_schema',
    );
    return rows[0]?.version ?? 0;
  }

  async save(response: SurveyResponse): Promise<'stored' | 'duplicate'> {
    // One statement, one transaction: the promise resolves after COMMIT.
    const result = await this.pool.query(
      `INSERT INTO responses (submission_id, locale, created_at, answers, from_path)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (submission_id) DO NOTHING`,
      [
        response.submissionId,
        response.locale,
        response.createdAt,
        JSON.stringify(response.answers),
        response.fromPath,
      ],
    );
    return result.rowCount === 1 ? 'stored' : 'duplicate';
  }

  async summary(filter: ResponseFilter): Promise<SurveySummary> {
    const where = filterClause(filter, dollar);
    const total = await this.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM responses ${where.sql}`,
      where.params,
    );
    const counts: SurveySummary['counts'] = {};
    for (const question of closedQuestions) {
      const at = where.params.length + 1;
      const { rows } = await this.pool.query<{ value: string | null; n: string }>(
        `SELECT answers->>$${at} AS value, count(*) AS n FROM responses ${where.sql} GROUP BY value`,
        [...where.params, question.id],
      );
      counts[question.id] = Object.fromEntries(
        rows.flatMap(({ value, n }) => (value === null ? [] : [[value, Number(n)] as const])),
      );
    }
    return { total: Number(total.rows[0]?.n ?? 0), counts };
  }

  async comments(
    filter: ResponseFilter,
    page: { offset: number; limit: number },
  ): Promise<{ total: number; items: Comment[] }> {
    const where = filterClause(filter, dollar);
    const hasText = `COALESCE(answers->>'improve', '') <> ''`;
    const clause = where.sql ? `${where.sql} AND ${hasText}` : `WHERE ${hasText}`;
    const n = where.params.length;
    const [total, items] = await Promise.all([
      this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM responses ${clause}`, where.params),
      this.pool.query<{ created_at: Date; locale: Locale; text: string }>(
        `SELECT created_at, locale, answers->>'improve' AS text FROM responses ${clause}
         ORDER BY created_at DESC, id DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...where.params, page.limit, page.offset],
      ),
    ]);
    return {
      total: Number(total.rows[0]?.n ?? 0),
      items: items.rows.map((r) => ({
        createdAt: r.created_at.toISOString(),
        locale: r.locale,
        text: r.text,
      })),
    };
  }

  async *responses(filter: ResponseFilter): AsyncIterable<SurveyResponse> {
    const where = filterClause(filter, dollar);
    const n = where.params.length;
    const clause = where.sql ? `${where.sql} AND id > $${n + 1}` : `WHERE id > $${n + 1}`;
    let after = '0';
    for (;;) {
      const { rows } = await this.pool.query<Row>(
        `SELECT * FROM responses ${clause} ORDER BY id LIMIT 500`,
        [...where.params, after],
      );
      if (rows.length === 0) return;
      for (const row of rows) {
        yield {
          submissionId: row.submission_id,
          locale: row.locale,
          createdAt: row.created_at.toISOString(),
          answers: row.answers,
          fromPath: row.from_path,
        };
      }
      after = (rows[rows.length - 1] as Row).id;
    }
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
