import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCanonicalCsv } from '../../../engine/io/format-canonical-csv.js';
import { dataDir } from '../../../engine/io/project-paths.js';
import { loadAssumptions } from '../../../engine/io/load-assumptions.js';
import { loadEstateWithWarnings } from '../../../engine/io/load-estate-with-warnings.js';
import { classifyServers } from '../../../engine/retirement/classify-servers.js';
import { generateSampleTrust } from '../../../scripts/sample-trust/generate-sample-trust.js';

const requiredServices = [
  'Ward systems', 'PAS/EPR', 'Pathology LIMS', 'Radiology PACS/RIS', 'Pharmacy', 'Theatres', 'Maternity', 'Finance', 'HR',
  'Email, file and print', 'Domain controllers', 'SQL clusters', 'Backup', 'Intranet',
];

describe('the bundled sample trust (data/estate.csv)', () => {
  it('is exactly what the seeded generator writes, so it can be reproduced', async () => {
    const committed = await readFile(join(dataDir, 'estate.csv'), 'utf8');
    expect(formatCanonicalCsv(generateSampleTrust())).toBe(committed);
  });

  it('meets the counts of issue 2: 150-250 servers, 250+ apps, 12+ services including the named ones', async () => {
    const { estate, warnings } = await loadEstateWithWarnings();
    const servers = estate.servers;
    expect(warnings).toEqual([]);
    expect(servers.length).toBeGreaterThanOrEqual(150);
    expect(servers.length).toBeLessThanOrEqual(250);
    expect(new Set(servers.flatMap((s) => s.apps)).size).toBeGreaterThanOrEqual(250);
    const services = new Set(servers.map((s) => s.service));
    expect(services.size).toBeGreaterThanOrEqual(12);
    for (const name of requiredServices) expect(services, name).toContain(name);
  });

  it('spans the main data centre, the second site and ward comms rooms, bought 2011-2023 with warranties', async () => {
    const { servers } = (await loadEstateWithWarnings()).estate;
    const sites = new Set(servers.map((s) => s.site));
    expect(sites).toContain('Main DC');
    expect(sites).toContain('Second site');
    expect([...sites].filter((s) => s.startsWith('Ward comms room')).length).toBeGreaterThanOrEqual(2);
    const years = new Set(servers.map((s) => s.purchaseYear));
    for (let y = 2011; y <= 2023; y++) expect(years, String(y)).toContain(y);
    expect(servers.every((s) => s.warrantyEnd !== undefined && s.purchaseYear !== undefined)).toBe(true);
  });

  it('has realistic low utilisation, power, rack units, support costs and old VMs', async () => {
    const { servers } = (await loadEstateWithWarnings()).estate;
    const physical = servers.filter((s) => s.kind === 'physical');
    const virtual = servers.filter((s) => s.kind === 'virtual');
    const low = servers.filter((s) => (s.cpuUtilP95 ?? 100) >= 5 && (s.cpuUtilP95 ?? 100) <= 30).length;
    expect(low / servers.length).toBeGreaterThan(0.6);
    expect(physical.every((s) => (s.powerWatts ?? 0) > 50 && s.rackUnits >= 1)).toBe(true);
    expect(virtual.length).toBeGreaterThanOrEqual(10);
    expect(virtual.every((s) => s.rackUnits === 0)).toBe(true);
    expect(servers.filter((s) => (s.annualSupportPence ?? 0) > 0).length).toBeGreaterThan(servers.length / 2);
  });

  it('has a handful of non-virtualisable servers, each with a reason, and anti-affinity groups for DCs and SQL nodes', async () => {
    const { servers } = (await loadEstateWithWarnings()).estate;
    const pinned = servers.filter((s) => !s.virtualisable);
    expect(pinned.length).toBeGreaterThanOrEqual(4);
    expect(pinned.length).toBeLessThanOrEqual(12);
    expect(pinned.every((s) => (s.notVirtualisableReason ?? '').length > 10)).toBe(true);
    expect(pinned.map((s) => s.notVirtualisableReason).join(' ')).toMatch(/[Dd]ongle/);
    const groups = (service: string) => new Set(servers.filter((s) => s.service === service).map((s) => s.antiAffinity).filter(Boolean));
    expect(groups('Domain controllers')).toEqual(new Set(['ad-dc']));
    expect(groups('SQL clusters').size).toBeGreaterThanOrEqual(2);
  });

  it('has a realistic share of idle and zombie servers (issue 22), some orphaned, and applications kept twice', async () => {
    const { estate } = await loadEstateWithWarnings();
    const review = classifyServers(estate.servers, await loadAssumptions(), '2026-04-01');
    const share = (n: number) => n / estate.servers.length;
    // AWS Migration Evaluator reports about 8% zombies; idle servers are a similar or larger share.
    expect(share(review.counts.zombie)).toBeGreaterThan(0.05);
    expect(share(review.counts.zombie)).toBeLessThan(0.11);
    expect(share(review.counts.idle)).toBeGreaterThan(0.07);
    expect(share(review.counts.idle)).toBeLessThan(0.16);
    expect(review.counts.orphaned).toBeGreaterThan(0);
    expect(review.duplicates.map((d) => d.app)).toEqual(['Digital dictation', 'Kofax Capture 11.1', 'SQL Server Reporting Services']);
    expect(review.counts.unknown).toBe(0);
  });
});
