import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCanonicalCsv } from '../../../engine/io/format-canonical-csv.js';
import { caseDir } from '../../../engine/io/load-case-book.js';
import { caseEstateSpecs } from '../../../scripts/case-estates/case-estate-specs.js';
import { generateCaseEstate } from '../../../scripts/case-estates/generate-case-estate.js';

describe('the reconstructed 2008 case estates', () => {
  it.each(caseEstateSpecs.map((s) => [s.id, s] as const))('%s is what its seed generates, byte for byte', (id, spec) => {
    expect(readFileSync(join(caseDir(), `${id}.csv`), 'utf8')).toBe(formatCanonicalCsv(generateCaseEstate(spec)));
  });

  it('keeps to the documented era ranges: 2-4 cores, 2-8 GB with 30-70% in use, 5-15% p95 CPU, 200-400 W, 30-60% of 72-292 GB disks in use', () => {
    for (const spec of caseEstateSpecs) {
      const rows = generateCaseEstate(spec);
      expect(rows).toHaveLength(spec.servers);
      for (const r of rows) {
        expect([2, 4]).toContain(r.cpu_cores);
        expect([2, 4, 8]).toContain(r.mem_gb);
        expect(Number(r.cpu_util_p95)).toBeGreaterThanOrEqual(5);
        expect(Number(r.cpu_util_p95)).toBeLessThanOrEqual(15);
        expect(Number(r.power_watts)).toBeGreaterThanOrEqual(200);
        expect(Number(r.power_watts)).toBeLessThanOrEqual(400);
        expect(Number(r.mem_util_p95)).toBeGreaterThanOrEqual(30);
        expect(Number(r.mem_util_p95)).toBeLessThanOrEqual(70);
        expect(Number(r.storage_gb)).toBeGreaterThanOrEqual(Math.round(72 * 0.3));
        expect(Number(r.storage_gb)).toBeLessThanOrEqual(Math.round(292 * 0.6));
      }
    }
  });
});
