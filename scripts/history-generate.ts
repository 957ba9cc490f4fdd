/**
 * Regenerates the sample trust's monthly history (data/history/*.csv) from data/estate.csv and
 * the seeded programme in scripts/history-programme.ts:
 *   npx tsx scripts/history-generate.ts
 * Byte-for-byte reproducible; tests/store/history checks the committed files against it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { dataDir } from '../engine/io/project-paths.js';
import { formatCanonicalCsv, type CanonicalRow } from '../engine/io/format-canonical-csv.js';
import { generateHistory } from './history-programme.js';

const april = parse(readFileSync(join(dataDir, 'estate.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as CanonicalRow[];
for (const snapshot of generateHistory(april)) {
  const target = join(dataDir, 'history', `${snapshot.asOf}.csv`);
  writeFileSync(target, formatCanonicalCsv(snapshot.rows));
  process.stdout.write(`wrote ${snapshot.rows.length} servers to ${target}\n`);
}
