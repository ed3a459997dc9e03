import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteFeedbackStore } from '../../src/feedback/sqlite-store.js';
import { tempDir } from '../support/app.js';
import { describeFeedbackStore, vote } from './store-contract.js';

describeFeedbackStore('SqliteFeedbackStore', async () => {
  const { dir, cleanup } = await tempDir('help-centre-feedback-');
  let store = new SqliteFeedbackStore(dir);
  return {
    store,
    reopen: async () => {
      await store.close();
      store = new SqliteFeedbackStore(dir);
      return store;
    },
    cleanup: async () => {
      await store.close();
      await cleanup();
    },
  };
});

describe('the SQLite feedback file', () => {
  it('is its own file in DATA_DIR, in WAL mode, holding nothing but the vote', async () => {
    const { dir, cleanup } = await tempDir('help-centre-feedback-');
    try {
      const store = new SqliteFeedbackStore(dir);
      await store.saveVote(vote({ helpful: false, reason: 'unclear', comment: 'Hard to follow' }));
      await store.close();
      const db = new Database(path.join(dir, 'feedback.sqlite'), { readonly: true });
      try {
        expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
        expect(db.pragma('user_version', { simple: true })).toBe(2);
        // Nothing that could say who voted: no address, agent, cookie or session column.
        const columns = (db.prepare('PRAGMA table_info(votes)').all() as { name: string }[]).map(
          (c) => c.name,
        );
        expect(columns).toEqual([
          'id',
          'created_at',
          'locale',
          'article_id',
          'helpful',
          'reason',
          'comment',
        ]);
      } finally {
        db.close();
      }
    } finally {
      await cleanup();
    }
  });
});
