import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Estate } from '../../engine/estate/estate.js';
import { loadEstate } from '../../engine/io/load-estate.js';
import { dataDir } from '../../engine/io/project-paths.js';
import type { HistoryStore } from '../open-store.js';
import { saveSnapshot, type SaveSnapshotResult } from '../snapshots/save-snapshot.js';

export const bundledHistoryDir = join(dataDir, 'history');

export interface SeedOutcome {
  file: string;
  asOf: string;
  outcome: SaveSnapshotResult['outcome'];
  servers: number;
}

/**
 * Loads every `YYYY-MM-DD.csv` of a history folder (default: the sample trust's) and stores
 * them as snapshots in ONE transaction: all of them or none. Re-running changes nothing.
 *
 * @example seedHistory(store, { now: new Date() }) // -> 7 outcomes, 'stored' the first time, 'unchanged' after
 */
export async function seedHistory(store: HistoryStore, options: { dir?: string; now: Date; importedBy?: string }): Promise<SeedOutcome[]> {
  const dir = options.dir ?? bundledHistoryDir;
  const files = readdirSync(dir).filter((f) => /^\d{4}-\d{2}-\d{2}\.csv$/.test(f)).sort();
  const loaded: { file: string; asOf: string; estate: Estate }[] = [];
  for (const file of files) {
    const asOf = file.slice(0, 10);
    loaded.push({ file, asOf, estate: await loadEstate(join(dir, file), { asOf }) });
  }
  const saveAll = store.db.transaction(() =>
    loaded.map(({ file, asOf, estate }) => {
      const { outcome } = saveSnapshot(store, { estate, asOf, importedBy: options.importedBy ?? 'seed', now: options.now });
      return { file, asOf, outcome, servers: estate.servers.length };
    }),
  );
  return saveAll.immediate();
}
