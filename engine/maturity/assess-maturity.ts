import type { Estate } from '../estate/estate.js';
import type { Server } from '../estate/server.js';
import type { Plan } from '../plan/plan.js';
import { isVirtualisationHost } from '../summary/is-virtualisation-host.js';

/** The consolidation-related capabilities of the NHS Infrastructure Maturity Model (NIMM). */
export const maturityCapabilities = ['serverVirtualisation', 'storageVirtualisation', 'itServiceContinuity', 'powerAndCooling', 'capacityManagement'] as const;
export type MaturityCapability = (typeof maturityCapabilities)[number];

export const maturityLabels: Record<MaturityCapability, string> = {
  serverVirtualisation: 'Server virtualisation',
  storageVirtualisation: 'Storage virtualisation',
  itServiceContinuity: 'IT service continuity',
  powerAndCooling: 'Power and cooling',
  capacityManagement: 'Capacity management',
};

/** A level 1 (initial) to 5 (optimised), with the measure that set it. */
export interface MaturityLevel {
  level: 1 | 2 | 3 | 4 | 5;
  evidence: string;
}

export interface MaturityScore {
  capability: MaturityCapability;
  label: string;
  before: MaturityLevel;
  /** With the plan carried out; absent when no plan was given. */
  after?: MaturityLevel;
}

type Level = MaturityLevel['level'];

/** Level by a share against the thresholds of levels 2, 3, 4 (and 5 when given). */
function byShare(share: number, thresholds: readonly number[]): Level {
  return (1 + thresholds.filter((t) => share >= t).length) as Level;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** What the estate looks like before and, with a plan, after: the measures every rule reads. */
interface Snapshot {
  workloads: Server[];
  isVirtual: (s: Server) => boolean;
  /** Workloads restarted automatically on another host when theirs fails (a cluster of 2 or more hosts). */
  hasHa: (s: Server) => boolean;
  /** Workloads with a replica at a second site. */
  isReplicated: (s: Server) => boolean;
  poweredBoxes: number;
  planned: boolean;
}

const isProtectedTier = (s: Server) => s.criticality === 'critical' || s.criticality === 'high';

function scoreSnapshot(snapshot: Snapshot): Record<MaturityCapability, MaturityLevel> {
  const { workloads, isVirtual, hasHa, isReplicated } = snapshot;
  const n = Math.max(1, workloads.length);
  const virtual = workloads.filter(isVirtual);
  const virtualShare = virtual.length / n;
  const allHa = virtual.length > 0 && virtual.every(hasHa);
  const serverLevel = byShare(virtualShare, [0.1, 0.4, 0.7]);
  const server: MaturityLevel =
    virtualShare >= 0.9 && allHa
      ? { level: 5, evidence: `${percent(virtualShare)} of servers virtual, all on clusters with a spare host` }
      : { level: serverLevel, evidence: `${percent(virtualShare)} of servers virtual${virtual.length > 0 && !allHa ? ', not all on clusters with a spare host' : ''}` };

  const totalGb = workloads.reduce((s, w) => s + w.storageGb, 0);
  const storageShare = totalGb > 0 ? virtual.reduce((s, w) => s + w.storageGb, 0) / totalGb : virtualShare;
  const replicated = workloads.filter(isReplicated);
  const storage: MaturityLevel =
    storageShare >= 0.9 && replicated.length > 0
      ? { level: 5, evidence: `${percent(storageShare)} of storage on shared or hyperconverged storage, replicated to a second site` }
      : { level: byShare(storageShare, [0.1, 0.4, 0.7]), evidence: `${percent(storageShare)} of storage on shared or hyperconverged storage` };

  const tier = workloads.filter(isProtectedTier);
  const tierName = tier.length > 0 ? 'critical and high systems' : 'systems';
  const protectedTier = tier.length > 0 ? tier : workloads;
  const withHa = protectedTier.filter(hasHa).length;
  const withReplica = protectedTier.filter(isReplicated).length;
  const production = workloads.filter((w) => w.environment === 'production');
  let continuity: MaturityLevel;
  if (production.length > 0 && production.every(isReplicated)) continuity = { level: 5, evidence: 'every production system replicated to a second site' };
  else if (withReplica === protectedTier.length && withReplica > 0) continuity = { level: 4, evidence: `all ${tierName} replicated to a second site` };
  else if (withHa === protectedTier.length && withHa > 0) continuity = { level: 3, evidence: `all ${tierName} restart automatically on a spare host; none or some replicated` };
  else if (withHa > 0) continuity = { level: 2, evidence: `${withHa} of ${protectedTier.length} ${tierName} restart automatically on a spare host` };
  else continuity = { level: 1, evidence: `no ${tierName} restart automatically or have a replica` };

  const ratio = workloads.length / Math.max(1, snapshot.poweredBoxes);
  const power: MaturityLevel = {
    level: byShare(ratio, [1.5, 3, 6, 10]),
    evidence: `${ratio.toFixed(1)} workloads per powered server or host (${snapshot.poweredBoxes} boxes)`,
  };

  const measured = workloads.filter((w) => w.usageBasis === 'p95').length / n;
  const measuredLevel = byShare(measured, [0.25, 0.6, 0.9]);
  const capacity: MaturityLevel = snapshot.planned
    ? { level: Math.min(5, measuredLevel + 1) as Level, evidence: `${percent(measured)} of servers with measured p95 use, and a plan sized against stated headroom and growth` }
    : { level: measuredLevel, evidence: `${percent(measured)} of servers with measured p95 use` };

  return { serverVirtualisation: server, storageVirtualisation: storage, itServiceContinuity: continuity, powerAndCooling: power, capacityManagement: capacity };
}

/**
 * Scores the consolidation-related NIMM capabilities 1-5 from the estate and, when given, again
 * with the plan carried out, by the rules in docs/model.md ("Maturity view"). The measures are
 * proxies a trust can check from its inventory; NIMM's own assessment also asks about process.
 *
 * @example assessMaturity(estate, plan).find((s) => s.capability === 'serverVirtualisation')?.after?.level
 */
export function assessMaturity(estate: Estate, plan?: Plan): MaturityScore[] {
  const workloads = estate.servers.filter((s) => !isVirtualisationHost(s));
  const hosts = estate.hosts ?? [];
  const clusterSize = new Map<string, number>();
  for (const h of hosts) clusterSize.set(h.cluster, (clusterSize.get(h.cluster) ?? 0) + 1);
  const clusterOfHost = new Map(hosts.map((h) => [h.id, h.cluster]));
  const clusterOf = (s: Server) => s.currentCluster ?? (s.currentHost !== undefined ? clusterOfHost.get(s.currentHost) : undefined);
  const haToday = (s: Server) => s.kind === 'virtual' && (clusterSize.get(clusterOf(s) ?? '') ?? 0) >= 2;
  const physicalBoxes = estate.servers.filter((s) => s.kind === 'physical').length;
  const before = scoreSnapshot({
    workloads,
    isVirtual: (s) => s.kind === 'virtual',
    hasHa: haToday,
    isReplicated: () => false,
    poweredBoxes: physicalBoxes + hosts.length,
    planned: false,
  });
  let after: Record<MaturityCapability, MaturityLevel> | undefined;
  if (plan) {
    const moved = new Set(plan.placements.map((p) => p.workload));
    // A workload's own cluster, not its replica's: DR hosts list the workloads they mirror too.
    const clusterOfPlacement = new Map(plan.hostDetails.filter((h) => h.role === 'active' || h.role === 'spare').flatMap((h) => h.workloads.map((w) => [w, h.cluster] as const)));
    const sparedClusters = new Set(plan.clusters.filter((c) => c.purpose === 'primary' && c.spareHosts > 0).map((c) => c.name));
    const replicas = new Set(plan.hostDetails.filter((h) => h.role === 'dr' || h.role === 'dr-spare').flatMap((h) => h.workloads));
    // A cluster of today's hosts is retired when every VM on it moves (docs/model.md section 1).
    const keptClusters = new Set(workloads.filter((s) => s.kind === 'virtual' && !moved.has(s.id)).map(clusterOf));
    const keptHosts = hosts.filter((h) => keptClusters.has(h.cluster)).length;
    const stayingPhysical = estate.servers.filter((s) => s.kind === 'physical' && !moved.has(s.id)).length;
    after = scoreSnapshot({
      workloads,
      isVirtual: (s) => s.kind === 'virtual' || moved.has(s.id),
      hasHa: (s) => (moved.has(s.id) ? sparedClusters.has(clusterOfPlacement.get(s.id) ?? '') : haToday(s)),
      isReplicated: (s) => replicas.has(s.id),
      poweredBoxes: stayingPhysical + keptHosts + plan.hosts,
      planned: true,
    });
  }
  return maturityCapabilities.map((capability) => ({
    capability,
    label: maturityLabels[capability],
    before: before[capability],
    ...(after ? { after: after[capability] } : {}),
  }));
}
