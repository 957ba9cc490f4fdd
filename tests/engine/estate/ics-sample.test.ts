import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCanonicalCsv } from '../../../engine/io/format-canonical-csv.js';
import { loadEstateWithWarnings } from '../../../engine/io/load-estate-with-warnings.js';
import { dataDir } from '../../../engine/io/project-paths.js';
import { generateIcs } from '../../../scripts/ics/generate-ics.js';

describe('the bundled integrated care system (sample:ics, data/ics)', () => {
  it('is exactly what the seeded generator writes, so it can be reproduced', async () => {
    expect(formatCanonicalCsv(generateIcs())).toBe(await readFile(join(dataDir, 'ics', 'estate.csv'), 'utf8'));
  });

  it('loads by name: 600-900 servers of three trusts in three data centres, every server with its organisation', async () => {
    const { estate, warnings } = await loadEstateWithWarnings('sample:ics');
    expect(warnings).toEqual([]);
    expect(estate.source).toBe('sample:ics');
    expect(estate.servers.length).toBeGreaterThanOrEqual(600);
    expect(estate.servers.length).toBeLessThanOrEqual(900);
    const organisations = new Set(estate.servers.map((s) => s.organisation));
    expect([...organisations].sort()).toEqual(['Northfield Hospitals NHS Trust', 'Southmead Community Health NHS Trust', 'Westbrook Mental Health NHS Trust']);
    expect(new Set(estate.servers.map((s) => s.site))).toEqual(new Set(['Castle Hill DC', 'Elm Park DC', 'Riverside DC']));
    // Each trust has a second site (so DR can be planned per trust) and a mix of physical servers and VMs.
    for (const organisation of organisations) {
      const own = estate.servers.filter((s) => s.organisation === organisation);
      expect(new Set(own.map((s) => s.site)).size).toBe(2);
      expect(own.some((s) => s.kind === 'virtual') && own.some((s) => s.kind === 'physical')).toBe(true);
    }
    expect(estate.servers.filter((s) => !s.virtualisable).length).toBeGreaterThan(0);
  });
});
