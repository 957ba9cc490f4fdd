import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import { hostInUseColumns } from '../../../engine/estate/host-in-use.js';
import { licenceInUseColumns } from '../../../engine/estate/licence-in-use.js';
import { formatCanonicalCsv } from '../../../engine/io/format-canonical-csv.js';
import { loadAssumptions } from '../../../engine/io/load-assumptions.js';
import { loadEstateWithWarnings } from '../../../engine/io/load-estate-with-warnings.js';
import { loadHostCatalogueWithWarnings } from '../../../engine/io/load-host-catalogue.js';
import { dataDir } from '../../../engine/io/project-paths.js';
import { planScenario } from '../../../engine/placement/plan-scenario.js';
import { sizingSignals } from '../../../engine/plan/sizing-signals.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';
import { formatCsvTable } from '../../../engine/io/format-csv-table.js';
import { generateVirtualTrust } from '../../../scripts/virtual-trust/generate-virtual-trust.js';

const dir = join(dataDir, 'virtual-trust');

describe('the bundled mostly virtual trust (sample:virtual, data/virtual-trust)', () => {
  let assumptions: AssumptionSet;
  beforeAll(async () => {
    assumptions = await loadAssumptions();
  });

  it('is exactly what the seeded generator writes, so it can be reproduced', async () => {
    const trust = generateVirtualTrust();
    expect(formatCanonicalCsv(trust.servers)).toBe(await readFile(join(dir, 'estate.csv'), 'utf8'));
    expect(formatCsvTable(hostInUseColumns, trust.hosts)).toBe(await readFile(join(dir, 'hosts-in-use.csv'), 'utf8'));
    expect(formatCsvTable(licenceInUseColumns, trust.licences)).toBe(await readFile(join(dir, 'licences.csv'), 'utf8'));
  });

  it('loads by name with its hosts and licences: 300-400 VMs on 14 hosts in 3 clusters, bought 2018-2021, vSphere per core renewing in 2027', async () => {
    const { estate, warnings } = await loadEstateWithWarnings('sample:virtual');
    expect(warnings).toEqual([]);
    expect(estate.source).toBe('sample:virtual');
    const vms = estate.servers.filter((s) => s.kind === 'virtual');
    expect(vms.length).toBeGreaterThanOrEqual(300);
    expect(vms.length).toBeLessThanOrEqual(400);
    expect(estate.hosts).toHaveLength(14);
    expect(new Set(estate.hosts!.map((h) => h.cluster)).size).toBe(3);
    expect(estate.hosts!.every((h) => h.hypervisor === 'vmware' && h.purchaseYear! >= 2018 && h.purchaseYear! <= 2021)).toBe(true);
    const hostIds = new Set(estate.hosts!.map((h) => h.id));
    expect(vms.every((v) => hostIds.has(v.currentHost!) && v.currentCluster !== undefined)).toBe(true);
    const vsphere = estate.licences!.find((l) => l.hypervisor === 'vmware' && l.unit === 'core');
    expect(vsphere?.quantity).toBe(estate.hosts!.reduce((s, h) => s + h.cores, 0));
    expect(vsphere?.renewalDate?.startsWith('2027')).toBe(true);
    const stragglers = estate.servers.filter((s) => s.kind === 'physical');
    expect(stragglers.filter((s) => s.site.startsWith('Ward comms room')).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps sample:acute as the default, and names the samples when one is unknown', async () => {
    const acute = await loadEstateWithWarnings('sample:acute');
    expect(acute.estate.servers).toEqual((await loadEstateWithWarnings()).estate.servers);
    expect(acute.estate.hosts).toBeUndefined();
    await expect(loadEstateWithWarnings('sample:community')).rejects.toThrow('sample:community: unknown sample trust; expected one of sample:acute, sample:virtual, sample:ics');
  });

  it('plans against today: the plan knows the 14 hosts and which signal sized each VM', async () => {
    const { estate } = await loadEstateWithWarnings('sample:virtual');
    const { hosts } = await loadHostCatalogueWithWarnings();
    const plan = planScenario({ estate, hosts, assumptions, scenario: scenarioSchema.parse({ name: 'all', host: 'cheapest' }) });
    expect(plan.today).toEqual({ hosts: 14, clusters: 3, cores: 528, ramGb: 8960 });
    const signals = sizingSignals(plan.demands);
    expect(signals.snapshot).toBeGreaterThan(signals.p95);
    expect(signals.allocation).toBeGreaterThan(0);
    expect(signals.p95 + signals.snapshot + signals.allocation).toBe(plan.demands.length);
  });
});
