import { mkdirSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { currentVersion } from '../../store/apply-migrations.js';
import { migrations } from '../../store/migrations.js';
import { openStore } from '../../store/open-store.js';
import { saveSnapshot } from '../../store/snapshots/save-snapshot.js';
import { asStoreError, StoreError } from '../../store/store-error.js';
import { smallEstate, tempDir } from './temp-store.js';

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
    expect(() => openStore({ path })).toThrow(StoreError);
    expect(() => openStore({ path, readOnly: true })).toThrow(`the history store ${path} is at schema version 99`);
  });

  it('says a file that is not SQLite is not a history store', () => {
    const path = tmp.file('notes.db');
    mkdirSync(tmp.dir, { recursive: true });
    writeFileSync(path, 'meeting notes, not a database\n'.repeat(100));
    const error = (() => {
      try {
        openStore({ path });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ failure: 'not-sqlite', message: expect.stringContaining(`the history store ${path} is not an SQLite database`) });
  });

  it('says the disk is full when the store cannot grow, and keeps what was there', () => {
    const store = openStore({ path: tmp.file() });
    saveSnapshot(store, { estate: smallEstate(3), asOf: '2026-10-31', importedBy: 'test', now: new Date() });
    // SQLite reports a page limit reached exactly as a full disk (SQLITE_FULL).
    store.db.pragma(`max_page_count = ${store.db.pragma('page_count', { simple: true }) as number}`);
    let failure: unknown;
    try {
      saveSnapshot(store, { estate: smallEstate(400), asOf: '2026-11-30', importedBy: 'test', now: new Date() });
    } catch (error) {
      failure = asStoreError(error, store.path);
    }
    expect(failure).toMatchObject({ failure: 'disk-full', message: expect.stringContaining('the disk is full') });
    expect(store.db.prepare('SELECT count(*) AS n FROM estate_snapshots').get()).toEqual({ n: 1 });
    store.close();
  });

  it('opens a store read-only without writing anything, and refuses a missing one', () => {
    const path = tmp.file();
    openStore({ path }).close();
    const store = openStore({ path, readOnly: true });
    expect(store.readOnly).toBe(true);
    expect(() => store.db.exec('CREATE TABLE x (a)')).toThrow(/readonly/);
    store.close();
    expect(() => openStore({ path: tmp.file('none.db'), readOnly: true })).toThrow(/no history store at/);
  });
});
