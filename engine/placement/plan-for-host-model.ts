import type { AssumptionSet } from '../assumptions/assumption-set.js';
import { mirrorsToDrHosts } from '../dr/mirrors-to-dr-hosts.js';
import { criticalityRank, type Server } from '../estate/server.js';
import { ScenarioError } from '../errors.js';
import type { HostModel } from '../hosts/host-model.js';
import { packVectors, type PackOptions } from '../packing/pack-vectors.js';
import { packingLowerBound } from '../packing/packing-lower-bound.js';
import { prepareProblem, type PackingProblem } from '../packing/packing-problem.js';
import type { ClusterPlan, HostRole, Plan, PlannedHost, UnplacedWorkload, WorkloadDemand } from '../plan/plan.js';
import type { Scenario } from '../scenario/scenario.js';
import type { CorePerformanceTable } from '../sizing/core-performance-table.js';
import { sizeWorkload } from '../sizing/size-workload.js';
import { assignClusters } from './assign-clusters.js';
import type { ClusterCache } from './cluster-cache.js';
import { clusterSlug } from './cluster-slug.js';
import { sitesBySize } from './sites-by-size.js';
import { workloadVectors, type HostCapacity } from './workload-vectors.js';

export interface PlanForHostModelInput {
  /** Servers the scenario's scope selected. */
  inScope: readonly Server[];
  /** The whole estate: sites are ranked on it (main site, default DR site). */
  estateServers: readonly Server[];
  host: HostModel;
  assumptions: AssumptionSet;
  scenario: Scenario;
  corePerformance?: CorePerformanceTable;
  packing?: PackOptions;
  /**
   * A plan of the same scope on the same host model under slightly different assumptions (the
   * base plan of a sensitivity re-plan): each cluster's packing starts from that plan's hosts.
   */
  warmStart?: Plan;
  /**
   * The same scope on the same host model under the same assumptions, planned with a budget of 0
   * (first fit only; the host-model screen's quick plan): each cluster's packing resumes from its
   * hosts (PackOptions.resume) instead of building that first fit again.
   */
  resumeFrom?: Plan;
  /** Cluster assignments to reuse across plans of the same scope (engine/placement/cluster-cache.ts). */
  clusters?: ClusterCache;
}

/**
 * Plans the scope onto one host model: sizes every workload, leaves non-virtualisable and
 * too-large servers where they are (with the reason), packs each cluster, adds ha.spareHosts per
 * cluster and, when the scenario asks, a mirrored DR cluster for the critical workloads.
 */
export function planForHostModel(input: PlanForHostModelInput): Plan {
  const { inScope, host, scenario } = input;
  const { capacity, demands, unplaced, clusters } = layOutClusters(input);
  const packed = clusters.map((c) => packCluster(c.workloads, c.meta, input, capacity, demands));
  const hostDetails = packed.flatMap((c) => c.hosts);
  return {
    scenario,
    hostModel: host,
    hosts: hostDetails.length,
    lowerBound: packed.reduce((s, c) => s + c.cluster.lowerBound, 0),
    inScope: inScope.map((s) => s.id),
    placements: packed
      .filter((c) => c.cluster.purpose === 'primary')
      .flatMap((c) => c.hosts.flatMap((h) => h.workloads.map((workload) => ({ workload, host: h.id }))))
      .sort((a, b) => compare(a.workload, b.workload)),
    drPlacements: packed
      .filter((c) => c.cluster.purpose === 'dr')
      .flatMap((c) => c.hosts.flatMap((h) => h.workloads.map((workload) => ({ workload, host: h.id }))))
      .sort((a, b) => compare(a.workload, b.workload)),
    unplaced: unplaced.sort((a, b) => compare(a.workload, b.workload)),
    clusters: packed.map((c) => c.cluster),
    hostDetails,
    demands: [...demands.values()].sort((a, b) => compare(a.workload, b.workload)),
  };
}

/**
 * The fewest hosts a plan on this model could use, and how many workloads it leaves behind,
 * without packing: what planForHostModel would report as `lowerBound` and `unplaced.length`.
 * Cheap enough to screen every catalogue model before packing any.
 */
export function hostModelBound(input: PlanForHostModelInput): { lowerBound: number; unplaced: number } {
  const { capacity, demands, unplaced, clusters } = layOutClusters(input);
  const spares = input.assumptions.get('ha.spareHosts');
  const lowerBound = clusters.reduce((sum, c) => {
    const bound = packingLowerBound(prepareProblem(packingProblem(c.workloads, capacity, demands))).value;
    return sum + (bound > 0 ? bound + spares : 0);
  }, 0);
  return { lowerBound, unplaced: unplaced.length };
}

interface PackedCluster {
  cluster: ClusterPlan;
  hosts: PlannedHost[];
}

interface ClusterMeta {
  name: string;
  site: string;
  sites: string[];
  purpose: 'primary' | 'dr';
  organisation?: string;
}

/** A plan before packing: every workload sized, the ones that stay, and the clusters to pack (primary, then DR). */
interface ClusterLayout {
  capacity: HostCapacity;
  demands: Map<string, WorkloadDemand>;
  unplaced: UnplacedWorkload[];
  clusters: { meta: ClusterMeta; workloads: Server[] }[];
}

function layOutClusters(input: PlanForHostModelInput): ClusterLayout {
  const { inScope, host, assumptions, scenario } = input;
  // Refused here, not only when costed, so choosing by best value passes over such models.
  if (mirrorsToDrHosts(scenario.dr) && scenario.dr.method === 'san' && host.storageGb > 0) {
    throw new ScenarioError('dr.method', `SAN-to-SAN replication needs storage arrays, but ${host.model} carries the VMs' disks itself; use host-based replication (dr.method host) or a host model without local storage`);
  }
  const capacity = workloadVectors(host, assumptions);
  const demands = new Map<string, WorkloadDemand>();
  const unplaced: UnplacedWorkload[] = [];
  const placeable: Server[] = [];
  for (const server of inScope) {
    if (!server.virtualisable) {
      unplaced.push({ workload: server.id, reason: `not virtualisable: ${server.notVirtualisableReason ?? 'marked not virtualisable in the estate'}` });
      continue;
    }
    const demand = sizeWorkload(server, { host, assumptions, corePerformance: input.corePerformance });
    demands.set(server.id, demand);
    const tooBig = oversize(capacity, demand, host);
    if (tooBig) unplaced.push({ workload: server.id, reason: tooBig });
    else placeable.push(server);
  }
  const primary = (input.clusters?.assign ?? assignClusters)(placeable, input.estateServers, {
    separateSites: scenario.separateSites,
    minSiteWorkloads: assumptions.get('placement.minSiteWorkloads'),
    mixOrganisations: scenario.mixOrganisations ?? false,
    dataCentres: scenario.dataCentres ?? [],
  }).map((group) => ({
    meta: { name: group.name, site: group.site, sites: group.sites, purpose: 'primary' as const, organisation: group.organisation },
    workloads: group.workloads,
  }));
  const dr = mirrorsToDrHosts(scenario.dr) ? drClusters(primary, input) : [];
  return { capacity, demands, unplaced, clusters: [...primary, ...dr] };
}

function packingProblem(workloads: readonly Server[], capacity: HostCapacity, demands: ReadonlyMap<string, WorkloadDemand>): PackingProblem {
  return { capacity: capacity.capacity, items: workloads.map((w) => capacity.vector(demands.get(w.id)!)), conflicts: antiAffinityPairs(workloads) };
}

function oversize(capacity: HostCapacity, demand: WorkloadDemand, host: HostModel): string | undefined {
  const vector = capacity.vector(demand);
  // Almost every workload fits: settle that without building the message's parts.
  if (vector.every((need, d) => need <= capacity.capacity[d]! * (1 + 1e-9))) return undefined;
  const over = capacity.names
    .map((name, d) => ({ name, need: vector[d]!, offer: capacity.capacity[d]!, limit: capacity.limits[d]! }))
    .filter((x) => x.need > x.offer * (1 + 1e-9));
  if (over.length === 0) return undefined;
  const parts = over.map((x) => `${distinctFrom(x.need, x.offer)} ${x.name} (one host offers ${round1(x.offer)} ${x.limit})`);
  return `too large for one ${host.model}: needs ${parts.join(' and ')}`;
}

function packCluster(
  workloads: readonly Server[],
  meta: ClusterMeta,
  input: PlanForHostModelInput,
  capacity: HostCapacity,
  demands: ReadonlyMap<string, WorkloadDemand>,
): PackedCluster {
  const { host, assumptions } = input;
  // The packer's own default effort, the one `npm run bench` measures, so the quality quoted for it is what a plan gets.
  const warm = warmStart(workloads, meta, input);
  const resume = warm ? undefined : input.resumeFrom && clusterBins(input.resumeFrom, workloads, meta, input.host);
  const options = warm ? { ...input.packing, ...warm } : resume ? { ...input.packing, resume: resume.bins } : input.packing;
  const result = packVectors(packingProblem(workloads, capacity, demands), options);
  const spares = result.bins.length > 0 ? assumptions.get('ha.spareHosts') : 0;
  const roles: { active: HostRole; spare: HostRole } = meta.purpose === 'dr' ? { active: 'dr', spare: 'dr-spare' } : { active: 'active', spare: 'spare' };
  const total = result.bins.length + spares;
  const width = Math.max(2, String(total).length);
  const name = (k: number) => `${meta.name}-${String(k + 1).padStart(width, '0')}`;
  const hosts: PlannedHost[] = [
    ...result.bins.map((bin, k): PlannedHost => ({
      id: name(k),
      cluster: meta.name,
      site: meta.site,
      ...(meta.organisation === undefined ? {} : { organisation: meta.organisation }),
      role: roles.active,
      workloads: bin.map((i) => workloads[i]!.id),
      utilisation: utilisation(bin.map((i) => demands.get(workloads[i]!.id)!), host, assumptions),
    })),
    ...Array.from({ length: spares }, (_, s): PlannedHost => ({
      id: name(result.bins.length + s),
      cluster: meta.name,
      site: meta.site,
      ...(meta.organisation === undefined ? {} : { organisation: meta.organisation }),
      role: roles.spare,
      workloads: [],
      utilisation: { cpu: 0, ram: 0, storage: 0, vcpu: 0 },
    })),
  ];
  return {
    cluster: {
      name: meta.name,
      site: meta.site,
      sites: meta.sites,
      ...(meta.organisation === undefined ? {} : { organisation: meta.organisation }),
      purpose: meta.purpose,
      activeHosts: result.bins.length,
      spareHosts: spares,
      lowerBound: result.lowerBound.value + (result.lowerBound.value > 0 ? spares : 0),
      workloads: workloads.length,
      baselineHosts: result.baseline.bins + spares,
    },
    hosts,
  };
}

/**
 * The mirrored DR clusters: copies of the placed workloads at or above dr.minCriticality, at
 * dr.site (default: the estate's second site). A workload whose primary cluster already stands
 * at the DR site is mirrored to the main site instead, so no copy shares a building with its original.
 */
function drClusters(primary: readonly { meta: ClusterMeta; workloads: Server[] }[], input: PlanForHostModelInput): { meta: ClusterMeta; workloads: Server[] }[] {
  const { scenario } = input;
  const minRank = criticalityRank(scenario.dr.minCriticality);
  // An organisation kept apart mirrors to its own second site (unless dr.site names one), and
  // its copies stay apart from other organisations' in DR as in production.
  const sitesOf = new Map<string | undefined, { drSite: string; mainSite: string }>();
  const drSitesOf = (organisation: string | undefined) => {
    let found = sitesOf.get(organisation);
    if (!found) {
      const servers = organisation === undefined ? input.estateServers : input.estateServers.filter((s) => s.organisation === organisation);
      const sites = sitesBySize(servers);
      const drSite = scenario.dr.site ?? sites[1];
      if (!drSite) {
        const whose = organisation === undefined ? 'the estate has' : `organisation ${organisation} has`;
        throw new ScenarioError('dr.site', `DR needs a second site, but ${whose} only one (${sites[0] ?? 'none'}); name one with dr.site`);
      }
      found = { drSite, mainSite: sites[0] ?? drSite };
      sitesOf.set(organisation, found);
    }
    return found;
  };
  const groups = new Map<string, { site: string; organisation?: string; drSite: string; servers: Server[] }>();
  for (const c of primary) {
    const { drSite, mainSite } = drSitesOf(c.meta.organisation);
    const mirrorSite = c.meta.site === drSite ? mainSite : drSite;
    if (mirrorSite === c.meta.site) continue;
    const key = `${c.meta.organisation ?? ''}\u0000${mirrorSite}`;
    let group = groups.get(key);
    if (!group) {
      group = { site: mirrorSite, organisation: c.meta.organisation, drSite, servers: [] };
      groups.set(key, group);
    }
    for (const server of c.workloads) if (criticalityRank(server.criticality) >= minRank) group.servers.push(server);
  }
  const order = (a: { site: string; organisation?: string; drSite: string }, b: { site: string; organisation?: string }) =>
    (a.organisation ?? '').localeCompare(b.organisation ?? '', 'en-GB') ||
    (a.site === b.site ? 0 : a.site === a.drSite ? -1 : b.site === a.drSite ? 1 : a.site.localeCompare(b.site, 'en-GB'));
  return [...groups.values()]
    .filter((g) => g.servers.length > 0)
    .sort(order)
    .map(({ site, organisation, servers }) => {
      const workloads = [...servers].sort((a, b) => compare(a.id, b.id));
      const sitesOf = [...new Set(workloads.map((w) => w.site))].sort();
      const name = `dr-${organisation === undefined ? '' : `${clusterSlug(organisation)}-`}${clusterSlug(site)}`;
      return { meta: { name, site, sites: sitesOf, purpose: 'dr' as const, organisation }, workloads };
    });
}

/**
 * The warm start's hosts of this cluster as bins of indexes into `workloads`, and how far that
 * cluster was from its bound (the re-plan may stop as close), when the warm plan is on the same
 * host model and has the cluster; undefined otherwise (the packer starts afresh).
 */
function warmStart(workloads: readonly Server[], meta: ClusterMeta, input: PlanForHostModelInput): { start: number[][]; slack: number } | undefined {
  const warm = input.warmStart && clusterBins(input.warmStart, workloads, meta, input.host);
  if (!warm) return undefined;
  const activeBound = warm.cluster.lowerBound > 0 ? warm.cluster.lowerBound - warm.cluster.spareHosts : 0;
  return { start: warm.bins, slack: Math.max(0, warm.cluster.activeHosts - activeBound) };
}

/** A plan's active hosts of this cluster as bins of indexes into `workloads`, when the plan is on the same host model and has the cluster. */
function clusterBins(plan: Plan, workloads: readonly Server[], meta: ClusterMeta, host: HostModel): { bins: number[][]; cluster: ClusterPlan } | undefined {
  if (plan.hostModel.model !== host.model) return undefined;
  const cluster = plan.clusters.find((c) => c.name === meta.name && c.purpose === meta.purpose);
  if (!cluster) return undefined;
  const index = new Map(workloads.map((w, i) => [w.id, i]));
  const role = meta.purpose === 'dr' ? 'dr' : 'active';
  const bins = plan.hostDetails
    .filter((h) => h.cluster === meta.name && h.role === role)
    .map((h) => h.workloads.flatMap((id) => (index.has(id) ? [index.get(id)!] : [])));
  return { bins, cluster };
}

/** Every pair of workloads in the same anti-affinity group, by index. */
function antiAffinityPairs(workloads: readonly Server[]): [number, number][] {
  const groups = new Map<string, number[]>();
  workloads.forEach((w, i) => {
    if (!w.antiAffinity) return;
    const key = w.antiAffinity.toLowerCase();
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  const pairs: [number, number][] = [];
  for (const members of groups.values()) {
    for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) pairs.push([members[a]!, members[b]!]);
  }
  return pairs;
}

function utilisation(demands: readonly WorkloadDemand[], host: HostModel, assumptions: AssumptionSet): PlannedHost['utilisation'] {
  const sum = (f: (d: WorkloadDemand) => number) => demands.reduce((s, d) => s + f(d), 0);
  return {
    cpu: round4(sum((d) => d.cpuCores) / host.cores),
    ram: round4(sum((d) => d.memGb) / host.ramGb),
    storage: host.storageGb > 0 ? round4(sum((d) => d.storageGb) / host.storageGb) : 0,
    vcpu: round4(sum((d) => d.vcpus) / (host.cores * assumptions.get('overcommit.vcpuPerCore'))),
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** `need` rounded finely enough that it reads as more than `offer` ("needs 24.04", not "needs 24" against 24). */
function distinctFrom(need: number, offer: number): number {
  for (let digits = 1; digits < 6; digits++) {
    const scale = 10 ** digits;
    const shown = Math.round(need * scale) / scale;
    if (shown > Math.round(offer * scale) / scale) return shown;
  }
  return need;
}
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
