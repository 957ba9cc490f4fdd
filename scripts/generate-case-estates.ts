/**
 * Regenerates data/cases/<case>.csv, the reconstructed 2008 estates `unsprawl cases` runs, from
 * their seeds:
 *   npx tsx scripts/generate-case-estates.ts
 * The output is byte-for-byte reproducible (tests/engine/cases/case-estates.test.ts checks the committed files).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCanonicalCsv } from '../engine/io/format-canonical-csv.js';
import { dataDir } from '../engine/io/project-paths.js';
import { caseEstateSpecs } from './case-estates/case-estate-specs.js';
import { generateCaseEstate } from './case-estates/generate-case-estate.js';

const dir = join(dataDir, 'cases');
mkdirSync(dir, { recursive: true });
for (const spec of caseEstateSpecs) {
  const rows = generateCaseEstate(spec);
  writeFileSync(join(dir, `${spec.id}.csv`), formatCanonicalCsv(rows));
  process.stdout.write(`wrote ${rows.length} servers to ${join(dir, `${spec.id}.csv`)}\n`);
}
