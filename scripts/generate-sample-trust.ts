/**
 * Regenerates data/estate.csv, the bundled sample trust, from its seed:
 *   npx tsx scripts/generate-sample-trust.ts
 * The output is byte-for-byte reproducible (tests/engine/estate checks the committed file).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../engine/io/project-paths.js';
import { formatCanonicalCsv } from '../engine/io/format-canonical-csv.js';
import { generateSampleTrust } from './sample-trust/generate-sample-trust.js';

const rows = generateSampleTrust();
const target = join(dataDir, 'estate.csv');
writeFileSync(target, formatCanonicalCsv(rows));
process.stdout.write(`wrote ${rows.length} servers to ${target}\n`);
