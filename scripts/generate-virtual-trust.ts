/**
 * Regenerates data/virtual-trust/, the bundled mostly virtual trust (`--estate sample:virtual`),
 * from its seed:
 *   npx tsx scripts/generate-virtual-trust.ts
 * The output is byte-for-byte reproducible (tests/engine/estate/virtual-trust.test.ts checks the committed files).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostInUseColumns } from '../engine/estate/host-in-use.js';
import { licenceInUseColumns } from '../engine/estate/licence-in-use.js';
import { formatCanonicalCsv } from '../engine/io/format-canonical-csv.js';
import { dataDir } from '../engine/io/project-paths.js';
import { formatCsvTable } from '../engine/io/format-csv-table.js';
import { generateVirtualTrust } from './virtual-trust/generate-virtual-trust.js';

const trust = generateVirtualTrust();
const dir = join(dataDir, 'virtual-trust');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'estate.csv'), formatCanonicalCsv(trust.servers));
writeFileSync(join(dir, 'hosts-in-use.csv'), formatCsvTable(hostInUseColumns, trust.hosts));
writeFileSync(join(dir, 'licences.csv'), formatCsvTable(licenceInUseColumns, trust.licences));
process.stdout.write(`wrote ${trust.servers.length} servers, ${trust.hosts.length} hosts and ${trust.licences.length} licences to ${dir}\n`);
