// Needs PostgreSQL (the run's own, from test/support/global-setup.ts): named *.e2e.test.ts
// so that `npm run test:unit` runs without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgFeedbackStore } from '../../src/feedback/pg-store.js';
import { createTestDatabase, query, type TestDatabase } from '../support/pg.js';
import { allVotes, describeFeedbackStore, vote } from './store-contract.js';

let database: TestDatabase | undefined;
let setupError: Error | undefined;

beforeAll(async () => {
  // Kept for each test to throw, so a database that cannot be made fails every test
  // rather than skipping them.
  try {
    database = await createTestDatabase();
  } catch (error) {
    setupError = error instanceof Error ? error : new Error(String(error));
  }
});

afterAll(async () => {
  await database?.drop();
});

function databaseUrl(): string {
  if (!database) throw setupError ?? new Error('no test database');
  return database.url;
}

describeFeedbackStore('PgFeedbackStore', async () => {
  const url = databaseUrl();
  let store = await PgFeedbackStore.connect(url);
  await query(url, 'TRUNCATE votes, search_counts RESTART IDENTITY');
  return {
    store,
    reopen: async () => {
      await store.close();
      store = await PgFeedbackStore.connect(url);
      return store;
    },
    cleanup: async () => {
      // The contract's own close test has already ended the pool, and pg refuses a second end.
      await store.close().catch(() => undefined);
    },
  };
});

describe('PgFeedbackStore with several instances', () => {
  it('migrates a fresh database once when several instances connect at the same moment', async () => {
    const fresh = await createTestDatabase();
    try {
      const stores = await Promise.all(
        Array.from({ length: 4 }, () => PgFeedbackStore.connect(fresh.url)),
      );
      try {
        expect(await query(fresh.url, 'SELECT version FROM feedback_schema')).toEqual([
          { version: 2 },
        ]);
        await Promise.all(stores.map((store, i) => store.saveVote(vote({ articleId: `a${i}` }))));
        const [first] = stores;
        expect(first && (await allVotes(first))).toHaveLength(4);
      } finally {
        await Promise.all(stores.map((store) => store.close()));
      }
    } finally {
      await fresh.drop();
    }
  });
});
