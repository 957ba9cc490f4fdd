import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCanonicalCsv, type CanonicalRow } from '../../engine/io/format-canonical-csv.js';
import { dataDir } from '../../engine/io/project-paths.js';
import { generateHistory } from '../../scripts/history-programme.js';
import { loadApprovedPlan } from '../../store/history/load-approved-plan.js';
import { bundledHistoryDir, seedHistory } from '../../store/history/seed-history.js';
import { seedIfEmpty } from '../../store/history/seed-if-empty.js';
import { openStore, type HistoryStore } from '../../store/open-store.js';
import { listSnapshots } from '../../store/snapshots/list-snapshots.js';
import { saveSnapshot } from '../../store/snapshots/save-snapshot.js';
import { smallEstate, tempDir } from './temp-store.js';

const now = new Date('2026-11-25T10:00:00Z');

describe('the bundled history', () => {
  const tmp = tempDir();
  let store: HistoryStore;
  afterEach(() => {
    store?.close();
    tmp.cleanup();
  });

  it('is exactly what the seeded generator makes from data/estate.csv (re-run scripts/history-generate.ts if not)', () => {
    const april = parse(readFileSync(join(dataDir, 'estate.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as CanonicalRow[];
    const generated = generateHistory(april);
    const files = readdirSync(bundledHistoryDir).filter((f) => f.endsWith('.csv')).sort();
    expect(files).toEqual(generated.map((s) => `${s.asOf}.csv`));
    for (const snapshot of generated) {
      expect(readFileSync(join(bundledHistoryDir, `${snapshot.asOf}.csv`), 'utf8')).toBe(formatCanonicalCsv(snapshot.rows));
    }
  });

  it('covers at least six months and an approved plan that starts at its first snapshot', async () => {
    store = openStore({ path: tmp.file() });
    const outcomes = await seedHistory(store, { now });
    expect(outcomes.length).toBeGreaterThanOrEqual(6);
    expect(outcomes.every((o) => o.outcome === 'stored')).toBe(true);
    const plan = await loadApprovedPlan();
    expect(listSnapshots(store)[0]?.month).toBe(plan.baselineMonth);
  });

  it('seeds idempotently, and only into a store without snapshots of its own', async () => {
    store = openStore({ path: tmp.file() });
    expect((await seedIfEmpty(store, now))?.length).toBeGreaterThanOrEqual(6);
    expect(await seedIfEmpty(store, now)).toBeUndefined();
    expect((await seedHistory(store, { now })).map((o) => o.outcome)).toEqual(listSnapshots(store).map(() => 'unchanged'));

    const own = openStore({ path: tmp.file('own.db') });
    saveSnapshot(own, { estate: smallEstate(3), asOf: '2026-11-20', importedBy: 'cli', now });
    expect(await seedIfEmpty(own, now)).toBeUndefined();
    expect(listSnapshots(own)).toHaveLength(1);
    own.close();
  });

  it('stores all snapshots or none when seeding crashes part-way', async () => {
    store = openStore({ path: tmp.file() });
    store.db.exec(`CREATE TEMP TRIGGER crash_on_fourth BEFORE INSERT ON main.estate_snapshots
                   WHEN NEW.as_of >= '2026-07-01' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END`);
    await expect(seedHistory(store, { now })).rejects.toThrow(/simulated crash/);
    expect(listSnapshots(store)).toEqual([]);
    expect(store.db.prepare('SELECT count(*) AS n FROM snapshot_servers').get()).toEqual({ n: 0 });
  });
});
