/**
 * Regenerates data/ics/estate.csv, the bundled integrated care system of three trusts
 * (`--estate sample:ics`), from its seed:
 *   npx tsx scripts/generate-ics.ts
 * The output is byte-for-byte reproducible (tests/engine/estate/ics-sample.test.ts checks the committed file).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCanonicalCsv } from '../engine/io/format-canonical-csv.js';
import { dataDir } from '../engine/io/project-paths.js';
import { generateIcs } from './ics/generate-ics.js';

const rows = generateIcs();
const dir = join(dataDir, 'ics');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'estate.csv'), formatCanonicalCsv(rows));
process.stdout.write(`wrote ${rows.length} servers of ${new Set(rows.map((r) => r.organisation)).size} organisations to ${dir}\n`);
