// Needs PostgreSQL (the run's own, from test/support/global-setup.ts): named *.e2e.test.ts
// so that `npm run test:unit` runs without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgSurveyStore } from '../../src/survey/pg-store.js';
import { createTestDatabase, query, type TestDatabase } from '../support/pg.js';
import { all, describeSurveyStore, response } from './store-contract.js';

let database: TestDatabase | undefined;
let setupError: unknown;

beforeAll(async () => {
  // Kept for each test to throw, so a database that cannot be made fails every test
  // rather than skipping them.
  try {
    database = await createTestDatabase();
  } catch (error) {
    setupError = error;
  }
});

afterAll(async () => {
  await database?.drop();
});

function databaseUrl(): string {
  if (!database) throw setupError;
  return database.url;
}

describeSurveyStore('PgSurveyStore', async () => {
  const url = databaseUrl();
  let store = await PgSurveyStore.connect(url);
  await query(url, 'TRUNCATE responses RESTART IDENTITY');
  return {
    store,
    reopen: async () => {
      await store.close();
      store = await PgSurveyStore.connect(url);
      return store;
    },
    cleanup: async () => {
      // The contract's own close test has already ended the pool, and pg refuses a second end.
      await store.close().catch(() => undefined);
    },
  };
});

describe('PgSurveyStore when PostgreSQL closes its connections', () => {
  it('answers again once PostgreSQL has ended its idle connections (restart, failover)', async () => {
    const url = databaseUrl();
    const store = await PgSurveyStore.connect(url);
    try {
      await Promise.all([store.ping(), store.ping(), store.ping()]);
      const ended = await query<{ ended: boolean }>(
        url,
        `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      expect(ended.length).toBeGreaterThan(0);
      // The pool hears of each ended connection while it sits idle: that must not crash us.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(store.ping()).resolves.toBeUndefined();
      expect(await store.save(response())).toBe('stored');
    } finally {
      await store.close();
    }
  });
});

describe('PgSurveyStore with several instances', () => {
  it('migrates a fresh database once when several instances connect at the same moment', async () => {
    const fresh = await createTestDatabase();
    try {
      const stores = await Promise.all(
        Array.from({ length: 6 }, () => PgSurveyStore.connect(fresh.url)),
      );
      try {
        for (const store of stores) expect(await store.schemaVersion()).toBe(1);
        expect(await query(fresh.url, 'SELECT version FROM survey_schema')).toEqual([
          { version: 1 },
        ]);
        expect(await (stores[0] as PgSurveyStore).save(response())).toBe('stored');
      } finally {
        await Promise.all(stores.map((store) => store.close()));
      }
    } finally {
      await fresh.drop();
    }
  });

  it('keeps one row when two instances save the same submission at the same moment', async () => {
    const url = databaseUrl();
    await PgSurveyStore.connect(url).then((s) => s.close());
    await query(url, 'TRUNCATE responses RESTART IDENTITY');
    const [first, second] = await Promise.all([
      PgSurveyStore.connect(url),
      PgSurveyStore.connect(url),
    ]);
    try {
      const submissions = Array.from({ length: 40 }, () => response());
      const results = await Promise.all(
        submissions.flatMap((r) => [first.save(r), second.save({ ...r })]),
      );
      for (let i = 0; i < submissions.length; i++) {
        expect([results[2 * i], results[2 * i + 1]].sort()).toEqual(['duplicate', 'stored']);
      }
      const ids = (await all(first)).map((r) => r.submissionId);
      expect(ids.sort()).toEqual(submissions.map((r) => r.submissionId).sort());
      // What one instance stored, the other sees at once.
      expect((await second.summary({})).total).toBe(submissions.length);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
