import type { Estate } from '../estate/estate.js';
import type { Server } from '../estate/server.js';
import type { Plan } from '../plan/plan.js';
import type { AssumptionReader } from '../tco/assumption-reader.js';

/** A benefit the board measures in time, not money: what it is today and what the plan should achieve. */
export interface NonCashBenefit {
  benefit: 'provisioningTime' | 'plannedDowntime' | 'recoveryTime' | 'siteRecoveryTime';
  label: string;
  measure: string;
  unit: 'working days' | 'service hours a year' | 'hours';
  /** Today; null when there is no way to recover at all (no second site). */
  baseline: number | null;
  target: number;
  /** The assumption keys the figures read. */
  keys: string[];
}

const isProtectedTier = (s: Server) => s.criticality === 'critical' || s.criticality === 'high';

/**
 * The non-cash benefits of a plan, each with a baseline and a target the benefits review can
 * measure (docs/model.md section 13): time to provision a server, planned downtime that live
 * migration avoids, recovery time after a hardware failure and, with DR, after losing the room.
 *
 * @example nonCashBenefits(estate, plan, assumptions).find((b) => b.benefit === 'plannedDowntime')?.target
 */
export function nonCashBenefits(estate: Estate, plan: Plan, assumptions: AssumptionReader): NonCashBenefit[] {
  const byId = new Map(estate.servers.map((s) => [s.id, s]));
  const moved = plan.placements.map((p) => byId.get(p.workload)).filter((s): s is Server => s !== undefined);
  const clusterOf = new Map(plan.hostDetails.flatMap((h) => h.workloads.map((w) => [w, h.cluster] as const)));
  const withSpare = new Set(plan.clusters.filter((c) => c.purpose === 'primary' && c.spareHosts > 0).map((c) => c.name));
  // Live migration needs somewhere to move to: a cluster with a spare host.
  const canMigrate = (s: Server) => withSpare.has(clusterOf.get(s.id) ?? '');
  const movedPhysical = moved.filter((s) => s.kind === 'physical');
  const hoursPerServer = assumptions.get('benefits.plannedDowntimeHoursPerServerYear');
  const tier = moved.filter(isProtectedTier);
  const protectedTier = tier.length > 0 ? tier : moved;
  const tierName = tier.length > 0 ? 'critical and high systems moved' : 'systems moved';
  const replicas = new Set(plan.hostDetails.filter((h) => h.role === 'dr' || h.role === 'dr-spare').flatMap((h) => h.workloads));
  const benefits: NonCashBenefit[] = [
    {
      benefit: 'provisioningTime',
      label: 'Faster provisioning',
      measure: 'Working days from an approved request to a new server in service',
      unit: 'working days',
      baseline: assumptions.get('benefits.provisioningDaysPhysical'),
      target: assumptions.get('benefits.provisioningDaysVirtual'),
      keys: ['benefits.provisioningDaysPhysical', 'benefits.provisioningDaysVirtual'],
    },
    {
      benefit: 'plannedDowntime',
      label: 'Planned downtime avoided by live migration',
      measure: 'Service hours a year lost to hardware maintenance of the servers moved',
      unit: 'service hours a year',
      baseline: movedPhysical.length * hoursPerServer,
      target: movedPhysical.filter((s) => !canMigrate(s)).length * hoursPerServer,
      keys: ['benefits.plannedDowntimeHoursPerServerYear'],
    },
    {
      benefit: 'recoveryTime',
      label: 'Faster recovery from a hardware failure',
      measure: `Hours to restore the ${tierName} after a server or host fails`,
      unit: 'hours',
      baseline: assumptions.get('benefits.recoveryHoursPhysical'),
      target: protectedTier.every(canMigrate) ? assumptions.get('benefits.recoveryHoursHa') : assumptions.get('benefits.recoveryHoursPhysical'),
      keys: ['benefits.recoveryHoursPhysical', 'benefits.recoveryHoursHa'],
    },
  ];
  if (replicas.size > 0) {
    benefits.push({
      benefit: 'siteRecoveryTime',
      label: 'Recovery from the loss of the server room',
      measure: `Hours to restart the ${replicas.size} replicated systems at the DR site (today: no second site)`,
      unit: 'hours',
      baseline: null,
      target: assumptions.get('benefits.recoveryHoursDr'),
      keys: ['benefits.recoveryHoursDr'],
    });
  }
  return benefits;
}
