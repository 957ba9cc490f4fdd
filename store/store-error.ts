import Database from 'better-sqlite3';

export type StoreFailure = 'not-sqlite' | 'newer-schema' | 'read-only' | 'disk-full' | 'damaged' | 'locked' | 'missing' | 'cannot-open';

/** The history store cannot be used as asked; the message names the file and what to do. A user's problem, not a bug. */
export class StoreError extends Error {
  constructor(
    readonly failure: StoreFailure,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/**
 * Turns what SQLite says about the store file into a StoreError with one clear line
 * (`the history store /x/history.db is read-only: ...`); any other error is returned as it is.
 *
 * @example try { saveSnapshot(store, ...) } catch (error) { throw asStoreError(error, store.path) }
 */
export function asStoreError(error: unknown, path: string): unknown {
  if (error instanceof StoreError || !(error instanceof Database.SqliteError)) return error;
  const where = `the history store ${path}`;
  const code = error.code;
  if (code === 'SQLITE_NOTADB') return new StoreError('not-sqlite', path, `${where} is not an SQLite database: point --store or UNSPRAWL_HISTORY_DB at an unsprawl history file, or move this file away`);
  if (code.startsWith('SQLITE_READONLY')) return new StoreError('read-only', path, `${where} is read-only (${code}): give this user write access to the file and its folder, or use a copy; listing it with unsprawl history still works`);
  if (code === 'SQLITE_FULL') return new StoreError('disk-full', path, `${where} cannot grow: the disk is full; free some space and run the command again (nothing was half-written)`);
  if (code.startsWith('SQLITE_CORRUPT')) return new StoreError('damaged', path, `${where} is damaged (${code}): restore it from a backup`);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new StoreError('locked', path, `${where} is locked by another unsprawl process that did not finish in time: try again`);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_PERM')) return new StoreError('cannot-open', path, `${where} cannot be opened or written (${code}: ${error.message})`);
  return error;
}
