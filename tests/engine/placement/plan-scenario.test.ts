import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { AssumptionSet, type Assumption } from '../../../engine/assumptions/assumption-set.js';
import type { Estate } from '../../../engine/estate/estate.js';
import { criticalities, criticalityRank, serverSchema, type ServerRow } from '../../../engine/estate/server.js';
import { AssumptionError, ScenarioError } from '../../../engine/errors.js';
import { hostModelSchema, type HostModel, type HostModelRow } from '../../../engine/hosts/host-model.js';
import { loadAssumptions } from '../../../engine/io/load-assumptions.js';
import { seededRandom } from '../../../engine/packing/seeded-random.js';
import { planScenario } from '../../../engine/placement/plan-scenario.js';
import { rankHostModels } from '../../../engine/placement/rank-host-models.js';
import type { Plan } from '../../../engine/plan/plan.js';
import { scenarioSchema, type ScenarioInput } from '../../../engine/scenario/scenario.js';

const hostModel = (row: Partial<HostModelRow> = {}): HostModel =>
  hostModelSchema.parse({
    model: 'Two-socket 16C', vendor: 'Test', sockets: 2, cores_per_socket: 16, core_perf: 1, ram_gb: 256,
    watts_idle: 200, watts_max: 800, rack_units: 1, price_gbp: 20000, annual_support_gbp: 1000, ...row,
  });
const estateOf = (rows: Partial<ServerRow>[]): Estate => ({
  source: 'test',
  servers: rows.map((r, i) => serverSchema.parse({ id: `S${String(i + 1).padStart(3, '0')}`, cpu_cores: 4, mem_gb: 16, ...r })),
});
const scenario = (s: Partial<ScenarioInput> = {}) => scenarioSchema.parse({ name: 'test', host: 'Two-socket 16C', ...s });

let base: AssumptionSet;
let flat: AssumptionSet;
beforeAll(async () => {
  base = await loadAssumptions();
  flat = base.with({ 'growth.annual': 0 }, 'cli');
});

/** Checks every rule a plan must keep; returns the broken ones as readable strings. */
function broken(plan: Plan, estate: Estate, assumptions: AssumptionSet): string[] {
  const out: string[] = [];
  const host = plan.hostModel;
  const byId = new Map(estate.servers.map((s) => [s.id, s]));
  const demand = new Map(plan.demands.map((d) => [d.workload, d]));
  const placed = plan.placements.map((p) => p.workload);
  const unplaced = plan.unplaced.map((u) => u.workload);
  if (new Set(placed).size !== placed.length) out.push('a workload is placed twice');
  if ([...placed, ...unplaced].sort().join() !== [...plan.inScope].sort().join()) out.push('placed + unplaced is not the scope');
  for (const id of placed) if (!byId.get(id)!.virtualisable) out.push(`non-virtualisable ${id} placed`);
  for (const h of plan.hostDetails) {
    const sum = (f: (id: string) => number) => h.workloads.reduce((s, w) => s + f(w), 0);
    if (sum((w) => demand.get(w)!.cpuCores) > host.cores * assumptions.get('headroom.cpu') + 1e-6) out.push(`${h.id} over CPU`);
    if (sum((w) => demand.get(w)!.memGb) > host.ramGb * assumptions.get('headroom.ram') + 1e-6) out.push(`${h.id} over RAM`);
    if (sum((w) => demand.get(w)!.vcpus) > host.cores * assumptions.get('overcommit.vcpuPerCore') + 1e-6) out.push(`${h.id} over vCPUs`);
    if (host.storageGb > 0 && sum((w) => demand.get(w)!.storageGb) > host.storageGb * assumptions.get('headroom.storage') + 1e-6) out.push(`${h.id} over storage`);
    const groups = h.workloads.map((w) => byId.get(w)!.antiAffinity).filter((g): g is string => g !== undefined);
    if (new Set(groups).size !== groups.length) out.push(`${h.id} breaks anti-affinity`);
  }
  if (plan.hosts < plan.lowerBound) out.push('fewer hosts than the lower bound');
  if (plan.hosts !== plan.hostDetails.length) out.push('hosts does not count hostDetails');
  return out;
}

const randomEstate = fc.record({ seed: fc.integer({ min: 1, max: 10_000_000 }), count: fc.integer({ min: 1, max: 80 }) }).map(({ seed, count }) => {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return estateOf(
    Array.from({ length: count }, () => ({
      kind: pick(['physical', 'virtual']),
      site: pick(['Main DC', 'Main DC', 'Second site', 'Comms room']),
      criticality: pick(criticalities),
      cpu_cores: pick([1, 2, 4, 8, 16, 32, 48]),
      cpu_util_p95: Math.floor(random() * 101),
      core_perf: pick([0.4, 0.8, 1, 1.3]),
      mem_gb: pick([2, 4, 8, 16, 64, 256, 512]),
      mem_util_p95: random() < 0.2 ? undefined : Math.floor(random() * 101),
      storage_gb: Math.floor(random() * 4000),
      virtualisable: random() < 0.9 ? 'yes' : 'no',
      anti_affinity: random() < 0.3 ? pick(['dc', 'sql', 'web']) : undefined,
    })),
  );
});

describe('planScenario properties over random estates', () => {
  it('places every placeable workload once, within every capacity, apart when anti-affine, never below the bound', () => {
    fc.assert(
      fc.property(randomEstate, fc.boolean(), fc.boolean(), fc.constantFrom(0, 1, 2), (estate, separateSites, withStorage, spares) => {
        const hosts = [hostModel({ storage_gb: withStorage ? 20000 : 0 })];
        const assumptions = base.with({ 'ha.spareHosts': spares }, 'cli');
        const s = scenario({ separateSites, dr: { enabled: separateSites, minCriticality: 'high', site: 'Second site' } });
        const plan = planScenario({ estate, hosts, assumptions, scenario: s, packing: { budget: 100_000 } });
        expect(broken(plan, estate, assumptions)).toEqual([]);
        for (const u of plan.unplaced) expect(u.reason).toMatch(/not virtualisable|too large/);
      }),
      { numRuns: 40 },
    );
  });

  it('gives the same plan for the same input, byte for byte', () => {
    fc.assert(
      fc.property(randomEstate, (estate) => {
        const input = { estate, hosts: [hostModel(), hostModel({ model: 'One-socket 32C', sockets: 1, cores_per_socket: 32, price_gbp: 15000 })], assumptions: base, scenario: scenario({ host: 'cheapest' }) };
        expect(JSON.stringify(planScenario(input))).toBe(JSON.stringify(planScenario(input)));
      }),
      { numRuns: 10 },
    );
  });
});

describe('planScenario on hand-made estates', () => {
  it('puts 30 small servers on 3 two-socket hosts plus one N+1 spare, meeting the lower bound', () => {
    // Each server needs 2 host cores (4 cores at 50%) and 16 GB; a host offers 32 x 0.75 = 24
    // cores and 256 x 0.85 = 217.6 GB, so 12 servers per host: 12 + 12 + 6, then the spare.
    const estate = estateOf(Array.from({ length: 30 }, () => ({ cpu_util_p95: 50, core_perf: 1, mem_util_p95: 100 })));
    const plan = planScenario({ estate, hosts: [hostModel()], assumptions: flat, scenario: scenario() });
    expect(plan.hosts).toBe(4);
    expect(plan.lowerBound).toBe(4);
    expect(plan.placements).toHaveLength(30);
    expect(plan.hostDetails.map((h) => [h.role, h.workloads.length])).toEqual([['active', 12], ['active', 12], ['active', 6], ['spare', 0]]);
    expect(plan.hostDetails[0]!.utilisation.cpu).toBeCloseTo(0.75, 10);
  });

  it('leaves non-virtualisable and too-large servers where they are, with the reason', () => {
    const estate = estateOf([
      { virtualisable: 'no', not_virtualisable_reason: 'MRI scanner controller with a PCI card' },
      { cpu_cores: 64, cpu_util_p95: 100, core_perf: 1 },
      { cpu_util_p95: 10 },
    ]);
    const plan = planScenario({ estate, hosts: [hostModel()], assumptions: flat, scenario: scenario() });
    expect(plan.unplaced).toEqual([
      { workload: 'S001', reason: 'not virtualisable: MRI scanner controller with a PCI card' },
      { workload: 'S002', reason: expect.stringMatching(/^too large for one Two-socket 16C: needs 64 CPU cores \(one host offers 24 after headroom\)/) },
    ]);
    expect(plan.placements).toEqual([{ workload: 'S003', host: 'main-01' }]);
  });

  it('says how far a server is over a host, never "needs 24" against "offers 24", and names each limit', () => {
    // 25 cores at 96.13% is 24.03 host cores against 32 x 0.75 = 24; 6,000 GB against 15,360 x 0.35 = 5,376 GB of local disk.
    const estate = estateOf([{ cpu_cores: 25, cpu_util_p95: 96.13, core_perf: 1 }, { storage_gb: 6000, cpu_util_p95: 10 }]);
    const plan = planScenario({ estate, hosts: [hostModel({ storage_gb: 15360 })], assumptions: flat, scenario: scenario() });
    expect(plan.unplaced.map((u) => u.reason)).toEqual([
      expect.stringMatching(/needs 24\.03 CPU cores \(one host offers 24 after headroom\)/),
      expect.stringMatching(/needs 6000 storage GB \(one host offers 5376 of local storage after headroom\)/),
    ]);
  });

  it('keeps anti-affinity groups on different hosts even when one host could carry them all', () => {
    const estate = estateOf(Array.from({ length: 4 }, () => ({ anti_affinity: 'ad-dc', cpu_util_p95: 5, core_perf: 1 })));
    const plan = planScenario({ estate, hosts: [hostModel()], assumptions: flat, scenario: scenario() });
    expect(plan.clusters[0]!.activeHosts).toBe(4);
    expect(plan.lowerBound).toBe(5);
  });

  it('gives each data-centre site its own cluster and folds comms rooms into the main site', () => {
    const rows: Partial<ServerRow>[] = [
      ...Array.from({ length: 10 }, () => ({ site: 'Main DC', cpu_util_p95: 20 })),
      ...Array.from({ length: 6 }, () => ({ site: 'Second site', cpu_util_p95: 20 })),
      ...Array.from({ length: 2 }, () => ({ site: 'Ward comms room A', cpu_util_p95: 20 })),
    ];
    const plan = planScenario({ estate: estateOf(rows), hosts: [hostModel()], assumptions: flat, scenario: scenario({ separateSites: true }) });
    expect(plan.clusters.map((c) => [c.name, c.workloads, c.sites])).toEqual([
      ['main-dc', 12, ['Main DC', 'Ward comms room A']],
      ['second-site', 6, ['Second site']],
    ]);
    expect(plan.clusters.every((c) => c.spareHosts === 1)).toBe(true);
    const everySite = planScenario({
      estate: estateOf(rows), hosts: [hostModel()], assumptions: flat.with({ 'placement.minSiteWorkloads': 1 }, 'cli'), scenario: scenario({ separateSites: true }),
    });
    expect(everySite.clusters.map((c) => [c.name, c.workloads])).toEqual([['main-dc', 10], ['second-site', 6], ['ward-comms-room-a', 2]]);
  });

  it('mirrors workloads at or above dr.minCriticality to the second site, with its own spare', () => {
    const rows: Partial<ServerRow>[] = [
      ...Array.from({ length: 8 }, (_, i) => ({ site: 'Main DC', criticality: i < 3 ? 'critical' : 'low', cpu_util_p95: 20 })),
      ...Array.from({ length: 2 }, () => ({ site: 'Second site', criticality: 'low', cpu_util_p95: 20 })),
    ];
    const estate = estateOf(rows);
    const plan = planScenario({ estate, hosts: [hostModel()], assumptions: flat, scenario: scenario({ dr: { enabled: true, minCriticality: 'critical' } }) });
    const dr = plan.clusters.filter((c) => c.purpose === 'dr');
    expect(dr.map((c) => [c.site, c.workloads, c.spareHosts])).toEqual([['Second site', 3, 1]]);
    expect(plan.drPlacements!.map((p) => p.workload)).toEqual(['S001', 'S002', 'S003']);
    expect(plan.hostDetails.filter((h) => h.role === 'dr-spare')).toHaveLength(1);
    const critical = estate.servers.filter((s) => criticalityRank(s.criticality) >= criticalityRank('critical')).length;
    expect(plan.drPlacements).toHaveLength(critical);
    expect(plan.hosts).toBe(plan.hostDetails.length);
  });

  it('chooses the model with the lowest capital + support over the horizon for "cheapest"', () => {
    const cheapBig = hostModel({ model: 'Big', cores_per_socket: 32, price_gbp: 30000, annual_support_gbp: 1000 });
    const small = hostModel({ model: 'Small', cores_per_socket: 8, price_gbp: 9000, annual_support_gbp: 500 });
    const estate = estateOf(Array.from({ length: 40 }, () => ({ cpu_util_p95: 50, core_perf: 1, mem_gb: 8 })));
    const input = { estate, hosts: [cheapBig, small], assumptions: flat, scenario: scenario({ host: 'cheapest' }) };
    const ranking = rankHostModels(input);
    const plan = planScenario(input);
    expect(plan.hostModel.model).toBe(ranking[0]!.model);
    const cost = (r: (typeof ranking)[number]) => r.hosts * (r.plan.hostModel.pricePence + r.plan.hostModel.annualSupportPence * 5);
    expect(ranking.map(cost)).toEqual(ranking.map((r) => r.costPence));
    expect(ranking[0]!.costPence).toBeLessThanOrEqual(ranking[1]!.costPence);
  });
});

describe('planScenario refuses bad scenarios clearly', () => {
  const estate = estateOf([{ service: 'Ward systems' }, { service: 'Finance' }]);

  it('names an unknown host model and lists the catalogue', () => {
    const run = () => planScenario({ estate, hosts: [hostModel()], assumptions: base, scenario: scenario({ host: 'PowerEdge R999' }) });
    expect(run).toThrow(ScenarioError);
    expect(run).toThrow(/unknown host model "PowerEdge R999"; the catalogue has: Two-socket 16C/);
  });

  it('refuses a scope matching nothing', () => {
    expect(() => planScenario({ estate, hosts: [hostModel()], assumptions: base, scenario: scenario({ scope: 'service=Pharmacy' }) })).toThrow(
      /no server has service "Pharmacy"; known services: Finance, Ward systems/,
    );
  });

  it('refuses headroom of 0 or above 1, naming the key', () => {
    expect(() => base.with({ 'headroom.cpu': 0 }, 'cli')).toThrow(AssumptionError);
    expect(() => base.with({ 'headroom.ram': 1.2 }, 'cli')).toThrow(/headroom.ram/);
    const loose = AssumptionSet.fromList(base.all().map((a): Assumption => (a.key === 'headroom.cpu' ? { ...a, min: 0, value: 0 } : a)));
    expect(() => planScenario({ estate, hosts: [hostModel()], assumptions: loose, scenario: scenario() })).toThrow(
      /headroom.cpu: expected a fraction above 0 and at most 1 \(for example 0.75\), got 0/,
    );
  });

  it('asks for a DR site when the estate has only one', () => {
    expect(() => planScenario({ estate, hosts: [hostModel()], assumptions: base, scenario: scenario({ dr: { enabled: true } }) })).toThrow(/DR needs a second site/);
  });
});

describe('planScenario: switching servers off instead of moving them (retire)', () => {
  const rows: Partial<ServerRow>[] = [
    { cpu_util_p95: 40, mem_util_p95: 60, net_kbps_p95: 800 },
    { cpu_util_p95: 1, mem_util_p95: 10, net_kbps_p95: 2, disk_iops_p95: 1 },
    { cpu_util_p95: 4, mem_util_p95: 15, net_kbps_p95: 300 },
  ];
  const estate = estateOf(rows);

  it('moves every server with retire none, as before', () => {
    const plan = planScenario({ estate, hosts: [hostModel()], assumptions: flat, scenario: scenario() });
    expect(plan.placements).toHaveLength(3);
    expect(plan.retired).toEqual([]);
  });

  it('leaves the zombie out of the move and lists it with its evidence; idle adds the idle server', () => {
    const zombie = planScenario({ estate, hosts: [hostModel()], assumptions: flat, scenario: scenario({ retire: 'zombie' }) });
    expect(zombie.placements.map((p) => p.workload).sort()).toEqual(['S001', 'S003']);
    expect(zombie.inScope).toEqual(['S001', 'S003']);
    expect(zombie.retired).toEqual([expect.objectContaining({ workload: 'S002', class: 'zombie' })]);
    expect(zombie.retired?.[0]?.evidence.map((e) => e.signal)).toEqual(['cpu_util_p95', 'mem_util_p95', 'net_kbps_p95', 'disk_iops_p95']);
    const idle = planScenario({ estate, hosts: [hostModel()], assumptions: flat, scenario: scenario({ retire: 'idle' }) });
    expect(idle.placements.map((p) => p.workload)).toEqual(['S001']);
    expect(idle.retired?.map((r) => [r.workload, r.class])).toEqual([['S002', 'zombie'], ['S003', 'idle']]);
  });
});
