import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../engine/errors.js';
import { openStore, type HistoryStore } from '../../store/open-store.js';
import { findSnapshot } from '../../store/snapshots/find-snapshot.js';
import { listSnapshots } from '../../store/snapshots/list-snapshots.js';
import { readSnapshotEstate } from '../../store/snapshots/read-snapshot-estate.js';
import { saveSnapshot } from '../../store/snapshots/save-snapshot.js';
import { smallEstate, tempDir } from './temp-store.js';

const now = new Date('2026-11-02T09:00:00Z');

/** Everything a reader of the store could see, to compare before and after a failed write. */
function dump(store: HistoryStore): unknown {
  return {
    snapshots: store.db.prepare('SELECT * FROM estate_snapshots ORDER BY id').all(),
    servers: store.db.prepare('SELECT * FROM snapshot_servers ORDER BY snapshot_id, position').all(),
  };
}

describe('estate snapshots', () => {
  const tmp = tempDir();
  let store: HistoryStore;
  afterEach(() => {
    store?.close();
    tmp.cleanup();
  });

  it('gives back exactly the servers that were stored, validated, in file order', () => {
    store = openStore({ path: tmp.file() });
    const estate = smallEstate(12);
    const { outcome, snapshot } = saveSnapshot(store, { estate, asOf: '2026-10-31', importedBy: 'test', now });
    expect(outcome).toBe('stored');
    expect(snapshot).toMatchObject({ asOf: '2026-10-31', month: '2026-10', serverCount: 12, source: 'test-estate.csv' });
    const back = readSnapshotEstate(store, snapshot);
    expect(back.servers).toEqual(estate.servers);
    expect(back.asOf).toBe('2026-10-31');
  });

  it('keeps the organisation each server belongs to, so an integrated care system\'s summary splits by trust', () => {
    store = openStore({ path: tmp.file() });
    const plain = smallEstate(4);
    const estate = { ...plain, servers: plain.servers.map((s, i) => ({ ...s, organisation: i < 2 ? 'Northfield Hospitals NHS Trust' : 'Westbrook Mental Health NHS Trust' })) };
    const { snapshot } = saveSnapshot(store, { estate, asOf: '2026-10-31', importedBy: 'test', now });
    expect(readSnapshotEstate(store, snapshot).servers.map((s) => s.organisation)).toEqual(['Northfield Hospitals NHS Trust', 'Northfield Hospitals NHS Trust', 'Westbrook Mental Health NHS Trust', 'Westbrook Mental Health NHS Trust']);
  });

  it('finds a month by its latest snapshot and the previous one by date', () => {
    store = openStore({ path: tmp.file() });
    for (const asOf of ['2026-09-30', '2026-10-01', '2026-10-31']) {
      saveSnapshot(store, { estate: smallEstate(3, `inv-${asOf}.csv`, (r) => ({ ...r, os: asOf })), asOf, importedBy: 'test', now });
    }
    expect(findSnapshot(store, { month: '2026-10' })?.asOf).toBe('2026-10-31');
    expect(findSnapshot(store, { before: '2026-10-31' })?.asOf).toBe('2026-10-01');
    expect(findSnapshot(store, { month: '2026-08' })).toBeUndefined();
    expect(findSnapshot(store, { latest: true })?.asOf).toBe('2026-10-31');
    expect(listSnapshots(store).map((s) => s.asOf)).toEqual(['2026-09-30', '2026-10-01', '2026-10-31']);
  });

  it('treats the same content again as unchanged and a different one as a conflict unless replacing', () => {
    store = openStore({ path: tmp.file() });
    saveSnapshot(store, { estate: smallEstate(5), asOf: '2026-10-31', importedBy: 'test', now });
    const reversed = { ...smallEstate(5), servers: smallEstate(5).servers.reverse() };
    expect(saveSnapshot(store, { estate: reversed, asOf: '2026-10-31', importedBy: 'test', now }).outcome).toBe('unchanged');
    const before = dump(store);
    expect(() => saveSnapshot(store, { estate: smallEstate(6), asOf: '2026-10-31', importedBy: 'test', now })).toThrow(/already stored .*--replace/);
    expect(dump(store)).toEqual(before);
    const replaced = saveSnapshot(store, { estate: smallEstate(6), asOf: '2026-10-31', importedBy: 'test', now, replace: true });
    expect(replaced.outcome).toBe('replaced');
    expect(listSnapshots(store)).toHaveLength(1);
    expect(readSnapshotEstate(store, replaced.snapshot).servers).toHaveLength(6);
  });

  it('stores nothing when the estate fails validation', () => {
    store = openStore({ path: tmp.file() });
    const estate = smallEstate(4);
    estate.servers[3] = { ...estate.servers[3]!, id: 'SRV-001' };
    const error = (() => {
      try {
        saveSnapshot(store, { estate, asOf: '2026-10-31', importedBy: 'test', now });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([{ file: 'test-estate.csv', row: 5, column: 'id', message: 'duplicate server id "SRV-001"' }]);
    expect(() => saveSnapshot(store, { estate: smallEstate(2), asOf: '2026-02-30', importedBy: 'test', now })).toThrow(/as_of: expected a real calendar date, got "2026-02-30"/);
    expect(dump(store)).toEqual({ snapshots: [], servers: [] });
  });

  it('leaves the store as it was when an import crashes halfway through its transaction', () => {
    const path = tmp.file();
    store = openStore({ path });
    saveSnapshot(store, { estate: smallEstate(10), asOf: '2026-09-30', importedBy: 'test', now });
    const before = dump(store);
    // A crash in the middle: the 41st server row's insert fails after the header and 40 rows were written.
    store.db.exec(`CREATE TEMP TRIGGER crash_midway BEFORE INSERT ON main.snapshot_servers
                   WHEN NEW.server_id = 'SRV-041' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END`);
    expect(() => saveSnapshot(store, { estate: smallEstate(80), asOf: '2026-10-31', importedBy: 'test', now })).toThrow(/simulated crash/);
    expect(() => saveSnapshot(store, { estate: smallEstate(80), asOf: '2026-09-30', importedBy: 'test', now, replace: true })).toThrow(/simulated crash/);
    store.close();
    store = openStore({ path });
    expect(dump(store)).toEqual(before);
    expect(readSnapshotEstate(store, findSnapshot(store, { month: '2026-09' })!).servers).toHaveLength(10);
  });

  it('reports a stored row that no longer validates instead of trusting it', () => {
    store = openStore({ path: tmp.file() });
    const { snapshot } = saveSnapshot(store, { estate: smallEstate(3), asOf: '2026-10-31', importedBy: 'test', now });
    store.db.prepare("UPDATE snapshot_servers SET row_json = json_set(row_json, '$.cpu_util_p95', 140) WHERE server_id = 'SRV-002'").run();
    expect(() => readSnapshotEstate(store, snapshot)).toThrow(/history snapshot 2026-10-31 row 3, cpu_util_p95: expected a number from 0 to 100, got 140/);
  });

  it('refuses a value an older version let through (1e308) and an unreadable row, naming the snapshot date, rather than crashing later', () => {
    store = openStore({ path: tmp.file() });
    const { snapshot } = saveSnapshot(store, { estate: smallEstate(3), asOf: '2026-10-31', importedBy: 'test', now });
    store.db.prepare("UPDATE snapshot_servers SET row_json = json_set(row_json, '$.annual_support_gbp', 1e308) WHERE server_id = 'SRV-001'").run();
    store.db.prepare("UPDATE snapshot_servers SET row_json = 'not json' WHERE server_id = 'SRV-003'").run();
    let message = '';
    try {
      readSnapshotEstate(store, snapshot);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'history snapshot 2026-10-31 row 2, annual_support_gbp: expected an amount in pounds from 0 to 10000000, got 1e+308; import this date again with --replace',
      'history snapshot 2026-10-31 row 4: expected a stored server record, found an unreadable row: restore the store from a backup, or import this date again with --replace',
    ]);
  });
});
