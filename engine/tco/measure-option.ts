import type { DrMethod } from '../dr/recovery-objectives.js';
import { ScenarioError } from '../errors.js';
import { criticalityRank, type Criticality, type Server } from '../estate/server.js';
import { licensedCores } from '../licensing/licensed-cores.js';
import type { HypervisorLicence, LicensingCatalogue, WindowsLicence } from '../licensing/licensing-catalogue.js';
import type { Pence } from '../money.js';
import type { Plan, PlannedHost } from '../plan/plan.js';
import type { Hypervisor } from '../scenario/scenario.js';
import type { RecycledHost } from './recycled-hosts.js';
import { knownPurchaseYear, type LifecycleCalendar } from './server-lifecycle.js';

/** The physical quantities behind the option's costs, before any price is applied. */
export interface OptionQuantities {
  hypervisor: Hypervisor;
  hostModel: string;
  hosts: number;
  drHosts: number;
  hostPricePence: Pence;
  /** Moved servers reused as hosts: no purchase in year 0; their own support and power instead of the catalogue's. */
  recycled: RecycledHost[];
  hostSupportPence: Pence;
  hostRackUnits: number;
  hostCores: number;
  /** Average IT power of all hosts at their planned CPU utilisation (spares and unlisted hosts at idle). */
  hostWatts: number;
  /** Years (0..horizon) in which hosts, network and storage are bought: year 0 and every service life after. */
  purchaseYears: number[];
  /** Shared-storage arrays (one per site with primary hosts) and their grown used capacity. */
  arrays: number;
  usableTb: number;
  drArrays: number;
  drUsableTb: number;
  movedPhysical: number;
  movedVirtual: number;
  /** Moved virtual servers that already run on the option's hypervisor today (live migration, no V2V conversion). */
  movedVirtualSameHypervisor: number;
  /** The host model carries the VMs' disks on its own storage (storage_gb > 0): no shared array is bought. */
  hyperconverged: boolean;
  /** Retired physical servers younger than resale.maxAgeYears, with their cores and storage (TB). */
  recentRetired: number;
  recentRetiredCores: number;
  recentRetiredTb: number;
  /** Workloads mirrored to DR hosts. */
  protectedVms: number;
  /** Hosts (spares included) of the primary clusters the protected VMs run on: what per-host replication licences cover. */
  protectedSourceHosts: number;
  /** How the DR hosts' copies are kept (scenario dr.method san, else host-based). */
  drReplication: 'host' | 'san';
  /** The scenario's DR tier, when it has one: how it is recovered and what it protects (storage in TB as the plan grows it). */
  dr?: { method: DrMethod; minCriticality: Criticality; protectedWorkloads: number; protectedTb: number };
  /** Backups to restore onto rebuilt hosts (DR by disk or tape): what they protect. No DR hosts are planned for them. */
  drBackup?: { method: 'disk' | 'tape'; protectedWorkloads: number; protectedTb: number };
  windowsWorkloads: number;
  hypervisorLicence: {
    rule: HypervisorLicence;
    /** Licensed cores over all hosts, after per-CPU, per-server and per-order minimums. */
    cores: number;
    sockets: number;
  };
  /** Datacenter for Windows guests: licensed cores (per-core rules) or CPU sockets (2008-era per-processor rules). */
  windowsDatacenter: { rule: WindowsLicence; cores: number; sockets: number };
}

const isDr = (h: PlannedHost) => h.role === 'dr' || h.role === 'dr-spare';
const hyperconvergedModel = (plan: Plan) => plan.hostModel.storageGb > 0;

/** Planned hosts at their CPU utilisation; a recycled host with a recorded power draws that instead. */
function hostWatts(plan: Plan, recycled: readonly RecycledHost[]): number {
  const { wattsIdle, wattsMax } = plan.hostModel;
  const recorded = new Map(recycled.filter((r) => r.watts !== undefined).map((r) => [r.host, r.watts!]));
  const listed = plan.hostDetails.reduce((w, h) => w + (recorded.get(h.id) ?? wattsIdle + Math.min(1, Math.max(0, h.utilisation.cpu)) * (wattsMax - wattsIdle)), 0);
  return listed + Math.max(0, plan.hosts - plan.hostDetails.length) * wattsIdle;
}

/** Used storage (GB, grown by the plan) per site, for workloads on the given hosts. */
function storageBySite(hosts: readonly PlannedHost[], demand: ReadonlyMap<string, number>, servers: ReadonlyMap<string, Server>): Map<string, number> {
  const bySite = new Map<string, number>();
  for (const host of hosts) {
    const gb = host.workloads.reduce((sum, w) => sum + (demand.get(w) ?? servers.get(w)?.storageGb ?? 0), 0);
    bySite.set(host.site, (bySite.get(host.site) ?? 0) + gb);
  }
  return bySite;
}

const sumValues = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/**
 * The scenario's DR tier as planned: a mirrored method protects the workloads copied to DR hosts;
 * a backup method the moved workloads at or above dr.minCriticality, as engine/dr/dr-options.ts
 * counts them. Storage is the plan's grown demand, in decimal TB.
 */
function drTier(plan: Plan, moved: readonly Server[], mirrored: ReadonlySet<string>, demand: ReadonlyMap<string, number>, method: DrMethod): OptionQuantities['dr'] {
  const { enabled, minCriticality } = plan.scenario.dr;
  if (!enabled) return undefined;
  const minRank = criticalityRank(minCriticality);
  const ids = method === 'disk' || method === 'tape' ? moved.filter((s) => criticalityRank(s.criticality) >= minRank).map((s) => s.id) : [...mirrored];
  const protectedTb = ids.reduce((gb, id) => gb + (demand.get(id) ?? 0), 0) / 1000;
  return { method, minCriticality, protectedWorkloads: ids.length, protectedTb };
}

/**
 * Measures what the option buys and runs, as a function of its hypervisor: the plan's storage,
 * DR and retired kit are measured once (a pass over every moved server), and only the licences
 * and same-hypervisor migrations per hypervisor, as an option comparison asks for three.
 * `moved` are the servers the plan places (they are migrated and, if physical, retired);
 * `recentAgeYears` is resale.maxAgeYears.
 */
export function measureOption(
  plan: Plan,
  moved: readonly Server[],
  calendar: LifecycleCalendar & { recentAgeYears: number },
  licensing: LicensingCatalogue,
  currentHypervisorOf: (server: Server) => string | undefined = () => undefined,
  recycled: readonly RecycledHost[] = [],
): (hypervisor: Hypervisor) => OptionQuantities {
  const reused = new Set(recycled.map((r) => r.server));
  const drMethod = plan.scenario.dr.method ?? 'host';
  const drReplication = drMethod === 'san' ? 'san' : 'host';
  if (drReplication === 'san' && hyperconvergedModel(plan) && plan.hostDetails.some(isDr)) {
    throw new ScenarioError('dr.method', `SAN-to-SAN replication needs storage arrays, but ${plan.hostModel.model} carries the VMs' disks itself; use host-based replication (dr.method host) or a host model without local storage`);
  }
  const model = plan.hostModel;
  const hyperconverged = model.storageGb > 0;
  const servers = new Map(moved.map((s) => [s.id, s]));
  const primary = plan.hostDetails.filter((h) => !isDr(h));
  const dr = plan.hostDetails.filter(isDr);
  const demand = new Map(plan.demands.map((d) => [d.workload, d.storageGb]));
  const primaryStorage = storageBySite(primary, demand, servers);
  const protectedIds = new Set(dr.flatMap((h) => h.workloads));
  const sourceClusters = new Set(primary.filter((h) => h.workloads.some((w) => protectedIds.has(w))).map((h) => h.cluster));
  const drStorage = storageBySite(dr, demand, servers);
  const recent = moved.filter((s) => {
    const bought = s.kind === 'physical' ? knownPurchaseYear(s, calendar.warrantyYears) : undefined;
    return bought !== undefined && calendar.year0 - bought < calendar.recentAgeYears && !reused.has(s.id);
  });
  const windowsWorkloads = moved.filter((s) => /windows/i.test(s.os)).length;
  const datacenter = licensing.windowsGuests.datacenter;
  const purchaseYears: number[] = [];
  for (let t = 0; t <= calendar.horizonYears; t += calendar.serviceLifeYears) purchaseYears.push(t);
  const movedVirtual = moved.filter((s) => s.kind === 'virtual');
  const watts = hostWatts(plan, recycled);
  const movedPhysical = moved.filter((s) => s.kind === 'physical').length;
  const recentRetiredCores = recent.reduce((c, s) => c + s.cpuCores, 0);
  const recentRetiredTb = recent.reduce((tb, s) => tb + s.storageGb / 1000, 0);
  const protectedSourceHosts = primary.filter((h) => sourceClusters.has(h.cluster)).length;
  const tier = drTier(plan, moved, protectedIds, demand, drMethod);
  const drBackup = tier && (tier.method === 'disk' || tier.method === 'tape') && tier.protectedWorkloads > 0 ? { method: tier.method, protectedWorkloads: tier.protectedWorkloads, protectedTb: tier.protectedTb } : undefined;
  return (hypervisor) => {
    const rule = licensing.hypervisors[hypervisor];
    const coresPerHost = rule.metric.startsWith('socket-') ? 0 : licensedCores(model, rule);
    const needsDatacenter = !rule.coversWindowsGuests && windowsWorkloads > 0;
    return {
      hypervisor,
      hostModel: model.model,
      hosts: plan.hosts,
      drHosts: dr.length,
      hostPricePence: model.pricePence,
      recycled: [...recycled],
      hostSupportPence: model.annualSupportPence,
      hostRackUnits: model.rackUnits,
      hostCores: model.cores,
      hostWatts: watts,
      purchaseYears: [...purchaseYears],
      arrays: plan.hosts > 0 && !hyperconverged ? Math.max(1, primaryStorage.size) : 0,
      usableTb: hyperconverged ? 0 : sumValues(primaryStorage) / 1000,
      drArrays: hyperconverged ? 0 : drStorage.size,
      drUsableTb: hyperconverged ? 0 : sumValues(drStorage) / 1000,
      movedPhysical,
      movedVirtual: movedVirtual.length,
      movedVirtualSameHypervisor: movedVirtual.filter((s) => currentHypervisorOf(s) === hypervisor).length,
      hyperconverged,
      recentRetired: recent.length,
      recentRetiredCores,
      recentRetiredTb,
      protectedVms: protectedIds.size,
      protectedSourceHosts,
      drReplication,
      ...(tier ? { dr: tier } : {}),
      ...(drBackup ? { drBackup } : {}),
      windowsWorkloads,
      hypervisorLicence: {
        rule,
        cores: plan.hosts > 0 ? Math.max(rule.minCoresPerOrder, coresPerHost * plan.hosts) : 0,
        sockets: model.sockets * plan.hosts,
      },
      windowsDatacenter: {
        rule: datacenter,
        cores: needsDatacenter && datacenter.metric === 'core-perpetual' ? licensedCores(model, datacenter) * plan.hosts : 0,
        sockets: needsDatacenter && datacenter.metric === 'socket-perpetual' ? model.sockets * plan.hosts : 0,
      },
    };
  };
}
