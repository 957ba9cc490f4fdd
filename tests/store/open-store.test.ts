import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { currentVersion } from '../../store/apply-migrations.js';
import { migrations } from '../../store/migrations.js';
import { openStore } from '../../store/open-store.js';
import { tempDir } from './temp-store.js';

describe('openStore', () => {
  const tmp = tempDir();
  afterEach(() => tmp.cleanup());

  it('creates the file and its folder, applies every migration once and records it', () => {
    const path = tmp.file('nested/folder/history.db');
    const store = openStore({ path });
    const recorded = store.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
    store.close();
    const again = openStore({ path });
    expect(again.db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: migrations.length });
    again.close();
  });

  it('uses WAL journaling, a busy timeout and enforced foreign keys', () => {
    const store = openStore({ path: tmp.file(), busyTimeoutMs: 1234 });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(1234);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    store.close();
  });

  it('refuses a store written by a newer schema than it knows', () => {
    const path = tmp.file();
    openStore({ path }).close();
    const raw = new Database(path);
    raw.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(99, 'from the future', '2030-01-01T00:00:00Z');
    expect(currentVersion(raw)).toBe(99);
    raw.close();
    expect(() => openStore({ path })).toThrow(/schema version 99, newer than this unsprawl understands/);
  });
});
