import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Opens (or creates) a SQLite file for data that must survive a crash once acknowledged:
 * WAL with synchronous=FULL, checked, then brings its schema up to date. `migrations` are
 * applied in order, each in a transaction; PRAGMA user_version records the last one applied.
 */
export function openDurableDatabase(
  file: string,
  migrations: readonly string[],
): Database.Database {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  // Set on every open: SQLite does not remember synchronous, and a WAL database reopened
  // without it runs at NORMAL, where a power cut can lose the last commits.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const name = path.basename(file);
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') {
    db.close();
    throw new Error(`SQLite refused WAL mode for ${name}`);
  }
  if (db.pragma('synchronous', { simple: true }) !== 2) {
    db.close();
    throw new Error(`SQLite refused synchronous=FULL for ${name}`);
  }
  const current = Number(db.pragma('user_version', { simple: true }));
  for (const [version, migration] of migrations.entries()) {
    if (version < current) continue;
    db.transaction(() => {
      db.exec(migration);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return db;
}

/** The durability settings in force (tests check them after a reopen). */
export function durabilitySettings(db: Database.Database): {
  journalMode: string;
  synchronous: number;
  userVersion: number;
} {
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: Number(db.pragma('synchronous', { simple: true })),
    userVersion: Number(db.pragma('user_version', { simple: true })),
  };
}
