import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations, currentVersion } from './apply-migrations.js';
import { migrations } from './migrations.js';
import { asStoreError, StoreError } from './store-error.js';

/** Where the history lives unless told otherwise: `UNSPRAWL_HISTORY_DB`, else `.unsprawl/history.db` in the working folder. */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.UNSPRAWL_HISTORY_DB ?? '.unsprawl/history.db');
}

/** An open history store: one SQLite file, migrated, in WAL mode. */
export interface HistoryStore {
  readonly db: Database.Database;
  readonly path: string;
  /** Opened for reading only: nothing may be written (no seeding, no ledger). */
  readonly readOnly: boolean;
  close(): void;
}

export interface OpenStoreOptions {
  /** The SQLite file; created (with its folder) when missing. Default: {@link defaultStorePath}. */
  path?: string;
  /** How long a writer waits for another connection's lock before failing (ms). */
  busyTimeoutMs?: number;
  /** Open an existing store to read only, even when the file or its folder is not writable. */
  readOnly?: boolean;
}

/**
 * Opens (creating if needed) the history store and applies any pending migrations.
 * WAL lets the bot read while an import writes; busy_timeout makes a second process wait for
 * the lock instead of failing at once with SQLITE_BUSY. A file that is not SQLite, has a newer
 * schema, is read-only or sits on a full disk is a {@link StoreError} saying so.
 *
 * @example const store = openStore({ path: 'history.db' }); try { ... } finally { store.close(); }
 */
export function openStore(options: OpenStoreOptions = {}): HistoryStore {
  const path = options.path === ':memory:' ? ':memory:' : resolve(options.path ?? defaultStorePath());
  if (options.readOnly) return openReadOnly(path);
  let db: Database.Database | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    applyMigrations(db, migrations);
  } catch (error) {
    db?.close();
    throw asStoreError(newerSchema(error, path), path);
  }
  const open = db;
  return { db: open, path, readOnly: false, close: () => open.close() };
}

/**
 * SQLite needs to create the WAL's shared-memory file even to read, which a read-only folder
 * forbids; then the store is read from an in-memory copy of the file (as a rollback-journal
 * database, which a checkpointed WAL file is, byte for byte, apart from the two mode bytes).
 */
function openReadOnly(path: string): HistoryStore {
  if (path !== ':memory:' && !existsSync(path)) throw new StoreError('missing', path, `no history store at ${path}: import an inventory first (unsprawl import FILE --as-of YYYY-MM-DD)`);
  let db: Database.Database | undefined;
  try {
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
      currentVersion(db);
    } catch (error) {
      db?.close();
      const code = error instanceof Database.SqliteError ? error.code : '';
      if (!code.startsWith('SQLITE_READONLY') && !code.startsWith('SQLITE_CANTOPEN')) throw error;
      const copy = readFileSync(path);
      if (copy.length >= 20 && copy[18] === 2 && copy[19] === 2) copy.fill(1, 18, 20);
      db = new Database(copy, { readonly: true });
    }
    const version = currentVersion(db);
    const newest = Math.max(...migrations.map((m) => m.version));
    if (version > newest) throw new Error(`the history store is at schema version ${version}, newer than this unsprawl understands (${newest}); upgrade unsprawl`);
    if (version < newest) throw new StoreError('read-only', path, `the history store ${path} is at schema version ${version} and needs upgrading to ${newest}, which needs write access: run unsprawl history as a user who can write it once`);
  } catch (error) {
    db?.close();
    throw asStoreError(newerSchema(error, path), path);
  }
  const open = db;
  return { db: open, path, readOnly: true, close: () => open.close() };
}

function newerSchema(error: unknown, path: string): unknown {
  return error instanceof Error && !(error instanceof StoreError) && /newer than this unsprawl understands/.test(error.message)
    ? new StoreError('newer-schema', path, `${error.message.replace('the history store', `the history store ${path}`)}`)
    : error;
}
