import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations } from './apply-migrations.js';
import { migrations } from './migrations.js';

/** Where the history lives unless told otherwise: `UNSPRAWL_HISTORY_DB`, else `.unsprawl/history.db` in the working folder. */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.UNSPRAWL_HISTORY_DB ?? '.unsprawl/history.db');
}

/** An open history store: one SQLite file, migrated, in WAL mode. */
export interface HistoryStore {
  readonly db: Database.Database;
  readonly path: string;
  close(): void;
}

export interface OpenStoreOptions {
  /** The SQLite file; created (with its folder) when missing. Default: {@link defaultStorePath}. */
  path?: string;
  /** How long a writer waits for another connection's lock before failing (ms). */
  busyTimeoutMs?: number;
}

/**
 * Opens (creating if needed) the history store and applies any pending migrations.
 * WAL lets the bot read while an import writes; busy_timeout makes a second process wait for
 * the lock instead of failing at once with SQLITE_BUSY.
 *
 * @example const store = openStore({ path: 'history.db' }); try { ... } finally { store.close(); }
 */
export function openStore(options: OpenStoreOptions = {}): HistoryStore {
  const path = options.path === ':memory:' ? ':memory:' : resolve(options.path ?? defaultStorePath());
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    applyMigrations(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, path, close: () => db.close() };
}
