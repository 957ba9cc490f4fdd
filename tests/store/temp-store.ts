import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Estate } from '../../engine/estate/estate.js';
import { serverSchema, type ServerRow } from '../../engine/estate/server.js';
import { openStore, type HistoryStore } from '../../store/open-store.js';

/** A fresh folder for a real SQLite file; call the returned cleanup in afterEach. */
export function tempDir(): { dir: string; file: (name?: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'unsprawl-store-'));
  return { dir, file: (name = 'history.db') => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Connections to one history file in a fresh folder: `open` opens another, and `cleanup` (call it
 * in afterEach) closes every one still open and removes the folder. For tests of what two
 * processes sharing the file see.
 */
export function tempStores(): { path: () => string; open: () => HistoryStore; cleanup: () => void } {
  const tmp = tempDir();
  const opened: HistoryStore[] = [];
  return {
    path: () => tmp.file(),
    open: () => {
      const store = openStore({ path: tmp.file() });
      opened.push(store);
      return store;
    },
    cleanup: () => {
      for (const store of opened.splice(0)) store.close();
      tmp.cleanup();
    },
  };
}

/** A small estate built from canonical rows, `count` servers, ids SRV-001.. */
export function smallEstate(count: number, source = 'test-estate.csv', tweak: (row: ServerRow, i: number) => ServerRow = (r) => r): Estate {
  const rows: ServerRow[] = Array.from({ length: count }, (_, i) => tweak({
    id: `SRV-${String(i + 1).padStart(3, '0')}`,
    kind: i % 3 === 0 ? 'virtual' : 'physical',
    service: i % 2 === 0 ? 'Ward systems' : 'Pathology LIMS',
    apps: ['e-Obs', 'Bed management'],
    cpu_cores: 4 + (i % 4),
    cpu_util_p95: 12,
    mem_gb: 16,
    power_watts: 250,
    purchase_year: 2015,
    warranty_end: '2027-01-31',
    annual_support_gbp: 412.37,
    virtualisable: i === 1 ? 'no' : 'yes',
    not_virtualisable_reason: i === 1 ? 'Dongle-licensed analyser interface' : undefined,
  }, i));
  return { servers: rows.map((r) => serverSchema.parse(r)), source };
}
