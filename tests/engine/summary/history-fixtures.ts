import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Estate } from '../../../engine/estate/estate.js';
import { loadEstate } from '../../../engine/io/load-estate.js';
import { bundledHistoryDir } from '../../../store/history/seed-history.js';

/** The sample trust's bundled monthly snapshots, loaded with the real estate loader, oldest first. */
export async function bundledSnapshots(): Promise<{ month: string; asOf: string; estate: Estate }[]> {
  const files = readdirSync(bundledHistoryDir).filter((f) => /^\d{4}-\d{2}-\d{2}\.csv$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const asOf = file.slice(0, 10);
      return { month: asOf.slice(0, 7), asOf, estate: await loadEstate(join(bundledHistoryDir, file), { asOf }) };
    }),
  );
}
