import { beforeAll, describe, expect, it } from 'vitest';
import type { AssumptionSet } from '../../../engine/assumptions/assumption-set.js';
import type { Estate } from '../../../engine/estate/estate.js';
import { hostInUseSchema } from '../../../engine/estate/host-in-use.js';
import { licenceInUseSchema } from '../../../engine/estate/licence-in-use.js';
import { serverSchema } from '../../../engine/estate/server.js';
import type { Plan } from '../../../engine/plan/plan.js';
import { resolvedScenario } from '../../../engine/scenario/scenario.js';
import type { Appraisal } from '../../../engine/tco/appraisal.js';
import { appraise } from '../../../engine/tco/appraise.js';
import { tenServerAssumptions, testHost } from './ten-server-case.js';

/**
 * A small already-virtual estate, worked by hand: two VMware hosts (2 x 8 cores, 400 W, 2 U,
 * bought 2020) in one cluster, ten VMs on them (two Windows, on H1), one vSphere licence whose
 * contract price (£2,000 a year) runs until its renewal in January 2029. Year 0 = 2026/27, three
 * years, the ten-server case's round prices (25p/kWh, PUE 2, £100 a rack unit, £30 an hour,
 * refresh £3,000 + £100 a core, Datacenter £300 a core). The option moves every VM onto two new
 * hosts, so the cluster (and both of today's hosts) is retired.
 */
const pence = (pounds: number) => Math.round(pounds * 100);

const host = (id: string, support?: number) =>
  hostInUseSchema.parse({
    id, cluster: 'C1', sockets: 2, cores_per_socket: 8, ram_gb: 256, power_watts: 400, rack_units: 2,
    purchase_year: 2020, warranty_end: '2025-06-30', hypervisor: 'vmware', ...(support === undefined ? {} : { annual_support_gbp: support }),
  });

const vms = Array.from({ length: 10 }, (_, i) =>
  serverSchema.parse({
    id: `VM${String(i + 1).padStart(2, '0')}`, kind: 'virtual', cpu_cores: 2, mem_gb: 8, cpu_util_p95: 20, mem_util_p95: 50,
    os: i < 2 ? 'Windows Server 2019' : 'Red Hat Enterprise Linux 8', host: i < 2 || i % 2 === 0 ? 'H1' : 'H2', cluster: 'C1',
  }));

const estate: Estate = {
  source: 'two-host-case',
  asOf: '2026-11-25',
  servers: vms,
  hosts: [host('H1', 1000), host('H2')],
  licences: [licenceInUseSchema.parse({ product: 'VMware vSphere Foundation', hypervisor: 'vmware', unit: 'core', quantity: 32, renewal_date: '2029-01-15', annual_price_gbp: 2000 })],
};

const scenario = resolvedScenario({ name: 'two-host', host: 'Test Host', hypervisor: 'vmware' });

const plan = (): Plan => ({
  scenario,
  hostModel: testHost,
  hosts: 2,
  lowerBound: 2,
  inScope: vms.map((v) => v.id),
  placements: vms.map((v) => ({ workload: v.id, host: 'main-01' })),
  unplaced: [],
  clusters: [{ name: 'main', site: 'Main', purpose: 'primary', activeHosts: 1, spareHosts: 1, lowerBound: 2 }],
  hostDetails: [
    { id: 'main-01', cluster: 'main', site: 'Main', role: 'active', workloads: vms.map((v) => v.id), utilisation: { cpu: 0.25, ram: 0.2, storage: 0, vcpu: 0.3 } },
    { id: 'main-02', cluster: 'main', site: 'Main', role: 'spare', workloads: [], utilisation: { cpu: 0, ram: 0, storage: 0, vcpu: 0 } },
  ],
  demands: vms.map((v) => ({ workload: v.id, signal: 'p95' as const, cpuCores: 0.4, memGb: 4, storageGb: 0, vcpus: 2 })),
});

let assumptions: AssumptionSet;
let onVmware: Appraisal;
const line = (a: Appraisal, id: string) => a.lines.find((l) => l.id === id)?.byYear;

beforeAll(async () => {
  assumptions = await tenServerAssumptions({ 'backup.costPerVirtualServerYear': 100, 'licence.vmwarePerCoreYear': 105 });
  onVmware = appraise({ estate, hosts: [testHost], assumptions, scenario, plan: plan() });
});

describe('doing nothing on an already-virtual estate, worked by hand', () => {
  it("pays today's hosts: support, energy, space and staff time", () => {
    // H1 pays its recorded £1,000; H2 has none recorded: support.defaultPerHost £1,200 (in warranty after its 2027 refresh).
    expect(line(onVmware, 'baseline.hostSupport')).toEqual([0, pence(2200), pence(2200), pence(2200)]);
    // 2 x 400 W x 8,760 h x PUE 2 / 1,000 = 14,016 kWh x £0.25 = £3,504.
    expect(line(onVmware, 'baseline.hostEnergy')).toEqual([0, pence(3504), pence(3504), pence(3504)]);
    expect(line(onVmware, 'baseline.hostRack')).toEqual([0, pence(400), pence(400), pence(400)]); // 4 U x £100
    expect(line(onVmware, 'baseline.hostStaff')).toEqual([0, pence(1200), pence(1200), pence(1200)]); // 2 hosts x 20 h x £30
  });

  it('renews the VMware licence at its renewal date: the contract price until then, the per-core list price after', () => {
    // Renewal 15 January 2029 falls in 2028/29 (year 2). List: every core, at least 16 per CPU: 2 hosts x 2 x 16 = 64,
    // raised to the 72-core order minimum, x £105 = £7,560.
    expect(line(onVmware, 'baseline.currentHypervisor')).toEqual([0, pence(2000), pence(7560), pence(7560)]);
    // Windows guests run on H1 only: Datacenter on its 16 cores x £300 x 25% Software Assurance.
    expect(line(onVmware, 'baseline.hostWindowsAssurance')).toEqual([0, pence(1200), pence(1200), pence(1200)]);
  });

  it("refreshes today's hosts at the end of their life, and credits what is left of them", () => {
    // Bought 2020, 7-year life: both due in 2027 (year 1), at £3,000 + 16 cores x £100 = £4,600 each.
    expect(line(onVmware, 'baseline.hostRefresh')).toEqual([0, pence(9200), 0, 0]);
    // Bought in year 1, 5 of 7 years left after year 3: 9,200 x 5/7.
    expect(line(onVmware, 'baseline.hostResidualValue')).toEqual([0, 0, 0, pence(-6571.43)]);
    // The VMs themselves: backup only (nothing recorded against them).
    expect(line(onVmware, 'baseline.backup')).toEqual([0, pence(1000), pence(1000), pence(1000)]);
  });

  it('retires the emptied cluster, so nothing of it stays, and do nothing is the whole estate', () => {
    expect(onVmware.lines.filter((l) => l.side === 'staying').every((l) => l.total === 0)).toBe(true);
    expect(onVmware.doNothing.sum).toBe(onVmware.baseline.sum);
    expect(onVmware.inventory.before.physicalServers).toBe(2);
    expect(onVmware.assumedInputs).toEqual([]);
  });

  it('moves VMs on the same hypervisor by live migration, and converts them when re-platforming', () => {
    // 10 VMs x £50 (vMotion to the new hosts) against 10 x £250 (V2V to Hyper-V).
    expect(line(onVmware, 'option.migration')).toEqual([pence(500), 0, 0, 0]);
    const toHyperv = appraise({ estate, hosts: [testHost], assumptions, scenario: resolvedScenario({ name: 'two-host', host: 'Test Host', hypervisor: 'hyperv' }), plan: plan() });
    expect(line(toHyperv, 'option.migration')).toEqual([pence(2500), 0, 0, 0]);
  });

  it("says what it assumed when the export has no hosts or no licence records", () => {
    const noLicences = appraise({ estate: { ...estate, licences: undefined }, hosts: [testHost], assumptions, scenario, plan: plan() });
    expect(line(noLicences, 'baseline.currentHypervisor')).toEqual([0, pence(7560), pence(7560), pence(7560)]);
    expect(noLicences.assumedInputs.join(' ')).toContain('no VMware licence records');
    const noHosts = appraise({ estate: { ...estate, hosts: undefined, licences: undefined }, hosts: [testHost], assumptions, scenario, plan: plan() });
    expect(noHosts.lines.some((l) => l.side !== 'option' && l.item.startsWith('host'))).toBe(false);
    expect(noHosts.assumedInputs.join(' ')).toContain('lists no virtualisation hosts');
  });
});
