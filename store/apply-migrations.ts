import type Database from 'better-sqlite3';
import type { Migration } from './migrations.js';

/**
 * Brings a store up to the newest schema. Each migration runs in its own IMMEDIATE transaction
 * that re-reads the recorded version first, so two processes opening the same new file at once
 * cannot both apply migration 1.
 *
 * @example applyMigrations(db, migrations) // -> [1] on a new file, [] afterwards
 * @returns the versions applied now
 */
export function applyMigrations(db: Database.Database, list: readonly Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const newestKnown = Math.max(0, ...list.map((m) => m.version));
  const applied: number[] = [];
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    const apply = db.transaction(() => {
      if (currentVersion(db) >= migration.version) return false;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
      return true;
    });
    if (apply.immediate()) applied.push(migration.version);
  }
  const version = currentVersion(db);
  if (version > newestKnown) {
    throw new Error(`the history store is at schema version ${version}, newer than this unsprawl understands (${newestKnown}); upgrade unsprawl`);
  }
  return applied;
}

/** The highest migration recorded in the file (0 for a new file). */
export function currentVersion(db: Database.Database): number {
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}
