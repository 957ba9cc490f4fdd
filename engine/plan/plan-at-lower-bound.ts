import type { Plan, PlannedHost } from './plan.js';

/**
 * Slack per workload on the CPU utilisation the bound keeps: a planned host's utilisation is
 * rounded to 4 decimals (plan-for-host-model.ts) and capped at 1 when its power is costed, so the
 * hosts of any packing of a cluster add up to at least its exact utilisation less this much per
 * host, and a cluster never has more hosts than workloads.
 */
const utilisationSlackPerWorkload = 1e-4;

/**
 * The best case of a plan's layout: each cluster with only as many active hosts as its lower
 * bound (at least one if it carries anything), the same spares, every workload of the cluster
 * on those hosts, and their CPU utilisation the cluster's total less the rounding slack, spread
 * evenly. Whatever packing the full search finds for the same scope and host model, it has
 * at least these hosts per cluster, at least this utilisation, the same workloads moved and the
 * same storage per site; so it costs at least as much as this plan (see compareOptions). Not a
 * plan to show anyone: its hosts may be over-full.
 *
 * @example planAtLowerBound(quickPlan).hosts <= fullPlan.hosts
 */
export function planAtLowerBound(plan: Plan): Plan {
  const cpuOf = new Map(plan.demands.map((d) => [d.workload, d.cpuCores]));
  const hostDetails: PlannedHost[] = [];
  for (const cluster of plan.clusters) {
    const [activeRole, spareRole] = cluster.purpose === 'dr' ? ['dr', 'dr-spare'] : ['active', 'spare'];
    const inCluster = plan.hostDetails.filter((h) => h.cluster === cluster.name);
    const active = inCluster.filter((h) => h.role === activeRole);
    const activeBound = cluster.lowerBound > 0 ? cluster.lowerBound - cluster.spareHosts : 0;
    const kept = active.slice(0, Math.max(activeBound, active.length > 0 ? 1 : 0));
    const workloads = active.flatMap((h) => h.workloads);
    const cores = workloads.reduce((sum, w) => sum + (cpuOf.get(w) ?? 0), 0);
    const cpu = Math.max(0, cores / plan.hostModel.cores - workloads.length * utilisationSlackPerWorkload) / Math.max(1, kept.length);
    kept.forEach((host, k) => hostDetails.push({ ...host, workloads: k === 0 ? workloads : [], utilisation: { ...host.utilisation, cpu } }));
    hostDetails.push(...inCluster.filter((h) => h.role === spareRole));
  }
  return { ...plan, hosts: hostDetails.length, hostDetails };
}
