import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import type { Estate } from '../../../engine/estate/estate.js';
import { serverSchema, type ServerRow } from '../../../engine/estate/server.js';
import { hostModelSchema, type HostModel } from '../../../engine/hosts/host-model.js';
import { loadAssumptions } from '../../../engine/io/load-assumptions.js';
import type { Plan } from '../../../engine/plan/plan.js';
import { resolvedScenario, type ResolvedScenario } from '../../../engine/scenario/scenario.js';

/**
 * A 10-server estate small enough to appraise on paper (the arithmetic is in
 * appraise.test.ts). Year 0 = 2026 (the estate's as-of date), horizon 3 years.
 *
 * | id  | bought | warranty end | cores | watts | support | OS      | in the plan       |
 * | S01 | 2016   | 2021-06-30   | 8     | 200   | £400    | Windows | moved             |
 * | S02 | 2016   | 2021-06-30   | 8     | 200   | £400    | Windows | moved             |
 * | S03 | 2016   | 2021-06-30   | 8     | 200   | £400    | Linux   | moved             |
 * | S04 | 2016   | 2021-06-30   | 8     | 200   | £400    | Linux   | moved             |
 * | S05 | 2020   | 2025-03-31   | 8     | 200   | £400    | Linux   | moved             |
 * | S06 | 2020   | 2025-03-31   | 8     | 200   | £400    | Linux   | moved             |
 * | S07 | 2023   | 2028-05-31   | 8     | 200   | £400    | Linux   | moved             |
 * | S08 | 2023   | 2028-05-31   | 8     | 200   | £400    | Linux   | moved             |
 * | S09 | 2024   | 2029-12-31   | 8     | 200   | £400    | Linux   | unplaced (stays)  |
 * | S10 | -      | -            | 8     | -     | -       | Linux   | out of scope      |
 */
const row = (id: string, over: Partial<ServerRow>): ServerRow => ({
  id, kind: 'physical', os: 'Linux', cpu_cores: 8, mem_gb: 32, storage_gb: 500, power_watts: 200, rack_units: 1,
  annual_support_gbp: 400, ...over,
});

const old = { purchase_year: 2016, warranty_end: '2021-06-30' };
const mid = { purchase_year: 2020, warranty_end: '2025-03-31' };
const recent = { purchase_year: 2023, warranty_end: '2028-05-31' };

export const tenServerEstate: Estate = {
  source: 'ten-server-case',
  asOf: '2026-11-25',
  servers: [
    row('S01', { ...old, os: 'Windows Server 2012 R2' }),
    row('S02', { ...old, os: 'Windows Server 2012 R2' }),
    row('S03', old),
    row('S04', old),
    row('S05', mid),
    row('S06', mid),
    row('S07', recent),
    row('S08', recent),
    row('S09', { purchase_year: 2024, warranty_end: '2029-12-31', virtualisable: 'no', not_virtualisable_reason: 'dongle' }),
    row('S10', { power_watts: undefined, annual_support_gbp: undefined }),
  ].map((r) => serverSchema.parse(r)),
};

export const testHost: HostModel = hostModelSchema.parse({
  model: 'Test Host', vendor: 'Test', sockets: 2, cores_per_socket: 8, core_perf: 1, ram_gb: 256,
  watts_idle: 100, watts_max: 300, rack_units: 1, price_gbp: 10_000, annual_support_gbp: 500,
});

/** Round numbers, so every figure can be worked by hand. */
export const tenServerOverrides: Record<string, number> = {
  'horizon.years': 3,
  'energy.pricePerKwh': 0.25,
  'energy.pue': 2,
  'rack.costPerUnitYear': 100,
  'backup.costPerPhysicalServerYear': 200,
  'backup.costPerVirtualServerYear': 100,
  'staff.costPerHour': 30,
  'staff.hoursPerPhysicalServerYear': 10,
  'staff.hoursPerHostYear': 20,
  'refresh.costPerServer': 3000,
  'refresh.costPerCore': 100,
  // The storage part of a refresh is checked on its own in appraise.test.ts.
  'refresh.costPerTb': 0,
  'licence.windowsStandardPerCore': 50,
  'licence.windowsDatacenterPerCore': 300,
  'storage.overhead': 0.5,
  'storage.arrayBaseCost': 20_000,
  'storage.supportRate': 0.1,
  'storage.wattsPerArray': 400,
  'network.costPerHost': 2000,
  'migration.costPerPhysicalServer': 500,
  'training.oneOff': 5000,
  'energy.pueAfter': 2,
  // Parallel running is worked on its own in finance-view.test.ts; here the old kit stops at year 1.
  'delivery.migrationMonths': 0,
};

export async function tenServerAssumptions(extra: Record<string, number> = {}): Promise<AssumptionSet> {
  return (await loadAssumptions()).with({ ...tenServerOverrides, ...extra }, 'cli');
}

export const tenServerScenario: ResolvedScenario = resolvedScenario({ name: 'ten-server', hypervisor: 'proxmox', host: 'Test Host' });

const moved = ['S01', 'S02', 'S03', 'S04', 'S05', 'S06', 'S07', 'S08'];

/** S01-S08 on one active host at 50% CPU, plus one idle N+1 spare; S09 cannot be virtualised. */
export const tenServerPlan: Plan = {
  scenario: tenServerScenario,
  hostModel: testHost,
  hosts: 2,
  lowerBound: 2,
  inScope: [...moved, 'S09'],
  placements: moved.map((workload) => ({ workload, host: 'main-01' })),
  unplaced: [{ workload: 'S09', reason: 'not virtualisable: dongle' }],
  clusters: [{ name: 'main', site: 'Main', purpose: 'primary', activeHosts: 1, spareHosts: 1, lowerBound: 2 }],
  hostDetails: [
    { id: 'main-01', cluster: 'main', site: 'Main', role: 'active', workloads: moved, utilisation: { cpu: 0.5, ram: 0.5, storage: 0, vcpu: 0.25 } },
    { id: 'main-02', cluster: 'main', site: 'Main', role: 'spare', workloads: [], utilisation: { cpu: 0, ram: 0, storage: 0, vcpu: 0 } },
  ],
  demands: moved.map((workload) => ({ workload, signal: 'p95' as const, cpuCores: 1, memGb: 16, storageGb: 500, vcpus: 8 })),
};

/** The ten-server plan for a DR scenario: S01 and S02 mirrored to one DR host at site DR. */
export function tenServerPlanWithDr(scenario: ResolvedScenario): Plan {
  return {
    ...tenServerPlan,
    scenario,
    hosts: 3,
    clusters: [...tenServerPlan.clusters, { name: 'dr', site: 'DR', purpose: 'dr', activeHosts: 1, spareHosts: 0, lowerBound: 1 }],
    hostDetails: [
      ...tenServerPlan.hostDetails,
      { id: 'dr-01', cluster: 'dr', site: 'DR', role: 'dr', workloads: ['S01', 'S02'], utilisation: { cpu: 0.1, ram: 0.1, storage: 0, vcpu: 0.1 } },
    ],
  };
}
