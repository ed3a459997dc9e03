import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteSurveyStore } from '../../src/survey/sqlite-store.js';
import { tempDir } from '../support/app.js';
import { describeSurveyStore, response } from './store-contract.js';

describeSurveyStore('SqliteSurveyStore', async () => {
  const { dir, cleanup } = await tempDir('help-centre-store-');
  let store = new SqliteSurveyStore(dir);
  return {
    store,
    reopen: async () => {
      await store.close();
      store = new SqliteSurveyStore(dir);
      return store;
    },
    cleanup: async () => {
      await store.close();
      await cleanup();
    },
  };
});

describe('the SQLite survey file', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: SqliteSurveyStore;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir('help-centre-store-'));
    store = new SqliteSurveyStore(dir);
  });

  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('reopens in WAL mode with synchronous=FULL at schema version 1', async () => {
    await store.save(response());
    await store.close();
    store = new SqliteSurveyStore(dir);
    expect(store.settings()).toEqual({ journalMode: 'wal', synchronous: 2, userVersion: 1 });
    // WAL mode belongs to the file itself, so any other reader sees it too.
    const reader = new Database(path.join(dir, 'survey.sqlite'), { readonly: true });
    expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
    reader.close();
  });

  it('can be read by a second connection as soon as save resolves', async () => {
    const saved = response();
    await store.save(saved);
    const reader = new Database(path.join(dir, 'survey.sqlite'), { readonly: true });
    const row = reader
      .prepare('SELECT submission_id FROM responses WHERE submission_id = ?')
      .get(saved.submissionId);
    reader.close();
    expect(row).toEqual({ submission_id: saved.submissionId });
  });
});
