import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Estate } from '../estate/estate.js';
import { criticalities, criticalityRank, type Criticality } from '../estate/server.js';
import { UnsprawlError } from '../errors.js';
import type { HostModel } from '../hosts/host-model.js';
import type { Pence } from '../money.js';
import { planScenario } from '../placement/plan-scenario.js';
import type { Plan } from '../plan/plan.js';
import type { Hypervisor, ResolvedScenario } from '../scenario/scenario.js';
import type { CorePerformanceTable } from '../sizing/core-performance-table.js';
import type { Appraisal, CostLine } from '../tco/appraisal.js';
import type { AssumptionReader } from '../tco/assumption-reader.js';
import { appraise } from '../tco/appraise.js';
import { recoveryObjectives, type DrMethod } from './recovery-objectives.js';
import { recoveryTarget } from './recovery-target.js';
import { recyclingShortfall } from './recycling-shortfall.js';

export interface DrOptionsInput {
  estate: Estate;
  hosts: readonly HostModel[];
  assumptions: AssumptionSet;
  /** The option DR is added to, its host model and hypervisor chosen (an Evaluation's `scenario`). */
  scenario: ResolvedScenario;
  /** Workloads at or above this criticality are protected. */
  minCriticality: Criticality;
  corePerformance?: CorePerformanceTable;
  /** The option without DR, planned and appraised, when the caller already has it. */
  base?: { plan: Plan; appraisal: Appraisal };
}

/** What a DR option adds to the option without DR. */
export interface DrCost {
  /** Capital requirement added (CDEL over the horizon, irrecoverable VAT included; optimism bias apart). */
  capital: Pence;
  /** Revenue cost added in a full running year (real terms, irrecoverable VAT included). */
  revenuePerYear: Pence;
  /** NPV against the option without DR over the horizon (Green Book: real, VAT excluded); negative = what DR costs. */
  npv: Pence;
}

export interface DrOption {
  id: 'san' | 'host' | 'host-recycled' | 'disk' | 'tape';
  method: DrMethod;
  label: string;
  description: string;
  /** What it adds, or undefined when it cannot be costed for this scenario (`refused` says why). */
  cost?: DrCost;
  refused?: string;
  /** Hosts of the mirrored DR cluster (none for backups: hosts are rebuilt after the event). */
  drHosts: number;
  /** Moved servers reused as hosts instead of buying new ones (the recycled variant only). */
  recycledHosts: { server: string; host: string }[];
  rpoHours: number;
  rtoHours: number;
  /** The tiers, at or above the DR tier, whose recovery targets it meets. */
  meets: Criticality[];
}

/** One tier's recovery target and the options that meet it. */
export interface DrTierTarget {
  tier: Criticality;
  rpoHours: number;
  rtoHours: number;
  /** Option ids, in the order of `options`. */
  metBy: DrOption['id'][];
  /** Workloads of exactly this tier that the options protect. */
  workloads: number;
}

export interface DrOptions {
  scenario: string;
  hostModel: string;
  hypervisor: Hypervisor;
  minCriticality: Criticality;
  protectedWorkloads: number;
  protectedTb: number;
  horizonYears: number;
  /** The financial year whose revenue `revenuePerYear` is (the first full year after migration). */
  revenueYear: string;
  /** The option without DR, which every option's cost is added to. */
  base: { npv: Pence; capital: Pence };
  options: DrOption[];
  /** Why no moved server can be reused as a host, when the recycled variant is missing for that reason. */
  recycling?: string;
  /** From critical down to the DR tier. */
  tiers: DrTierTarget[];
}

const descriptions: Record<DrOption['id'], { label: string; description: string }> = {
  san: { label: 'Mirrored room, SAN-to-SAN replication', description: 'A second cluster, storage array and network at the DR site; the arrays replicate every block (licence per array, inter-site link).' },
  host: { label: 'Mirrored room, host-based replication', description: 'A second cluster, storage and network at the DR site; replication software copies each protected VM (licence per VM or per host, whichever is cheaper; inter-site link).' },
  'host-recycled': { label: 'Mirrored room, host-based replication, recycled servers as hosts', description: 'As host-based replication, with moved servers still under warranty and at least as large as the host model reused as hosts (DR hosts first) instead of buying new ones.' },
  disk: { label: 'Backup to disk at a second site', description: 'Nightly backups copied to a disk target at the second site; after losing the main room, hosts are found or bought, rebuilt and the systems restored.' },
  tape: { label: 'Backup to tape, off site', description: 'Nightly backups to a tape library, tapes collected and stored off site; after losing the main room, tapes are recalled, hosts rebuilt and the systems restored.' },
};

/** The plan, or why it cannot be made (a coded engine error, e.g. no second site). */
function attempt<T>(work: () => T): T | string {
  try {
    return work();
  } catch (error) {
    if (error instanceof UnsprawlError) return error.message;
    throw error;
  }
}

const vatFactor = (a: AssumptionReader) => 1 + a.get('vat.rate') * (1 - a.get('vat.recoverableShare'));

/** The option's recurring revenue (running costs, subscriptions) in one year, irrecoverable VAT included. */
function revenueIn(lines: readonly CostLine[], year: number, a: AssumptionReader): number {
  const factor = vatFactor(a);
  return Math.round(lines.filter((l) => l.side === 'option' && l.nature === 'revenue' && l.group !== 'one-off').reduce((sum, l) => sum + (l.byYear[year] ?? 0) * (l.vatable ? factor : 1), 0));
}

/**
 * The ways of recovering the workloads at or above a criticality tier after losing the main
 * server room, each sized and costed as an addition to the same option without DR: a mirrored
 * room kept by SAN-to-SAN or host-based replication (planned and appraised by the same engine,
 * so the DR cluster is the one `plan` shows), the same with recycled servers as its hosts, and
 * backup to disk or to tape restored onto rebuilt hosts. Each states its RPO and RTO and which
 * tiers' recovery targets it meets. Pure: same inputs, same result.
 *
 * @example drOptions({ estate, hosts, assumptions, scenario: evaluation.scenario, minCriticality: 'critical' }).options
 */
export function drOptions(input: DrOptionsInput): DrOptions {
  const { estate, hosts, assumptions: a, minCriticality, corePerformance } = input;
  const noDr: ResolvedScenario = { ...input.scenario, dr: { ...input.scenario.dr, enabled: false } };
  const base = input.base ?? (() => {
    const plan = planScenario({ estate, hosts, assumptions: a, scenario: noDr, corePerformance });
    return { plan, appraisal: appraise({ estate, hosts, assumptions: a, scenario: noDr, plan }) };
  })();
  const b = base.appraisal;
  const year = b.finance.recurringSavings.fullYear.year;
  const added = (withDr: Appraisal): DrCost => ({
    capital: withDr.finance.capital.requirement - b.finance.capital.requirement,
    revenuePerYear: revenueIn(withDr.lines, year, a) - revenueIn(b.lines, year, a),
    npv: withDr.npv - b.npv,
  });

  const criticalityOf = new Map(estate.servers.map((s) => [s.id, s.criticality]));
  const minRank = criticalityRank(minCriticality);
  const protectedIds = base.plan.placements.map((p) => p.workload).filter((id) => criticalityRank(criticalityOf.get(id) ?? 'low') >= minRank);
  const storage = new Map(base.plan.demands.map((d) => [d.workload, d.storageGb]));
  const protectedTb = protectedIds.reduce((tb, id) => tb + (storage.get(id) ?? 0), 0) / 1000;

  const options: Omit<DrOption, 'meets'>[] = [];
  const option = (id: DrOption['id'], method: DrMethod, rest: Pick<DrOption, 'drHosts' | 'recycledHosts'> & ({ cost: DrCost } | { refused: string })) => {
    const { rpoHours, rtoHours } = recoveryObjectives(method, a);
    options.push({ id, method, ...descriptions[id], ...rest, rpoHours, rtoHours });
  };

  const withDr = (method: DrMethod): ResolvedScenario => ({ ...input.scenario, dr: { ...input.scenario.dr, enabled: true, minCriticality, method } });
  const mirrored = (replication: 'host' | 'san') => withDr(replication);
  const drPlan = protectedIds.length === 0
    ? `no workload in scope is ${minCriticality}${minCriticality === 'critical' ? '' : ' or above'}`
    : attempt(() => planScenario({ estate, hosts, assumptions: a, scenario: mirrored('host'), corePerformance }));
  const drHosts = typeof drPlan === 'string' ? 0 : drPlan.hostDetails.filter((h) => h.role === 'dr' || h.role === 'dr-spare').length;
  for (const replication of ['san', 'host'] as const) {
    const appraisal = typeof drPlan === 'string' ? drPlan : attempt(() => appraise({ estate, hosts, assumptions: a, scenario: mirrored(replication), plan: { ...drPlan, scenario: mirrored(replication) } }));
    option(replication, replication, typeof appraisal === 'string' ? { refused: appraisal, drHosts, recycledHosts: [] } : { cost: added(appraisal), drHosts, recycledHosts: [] });
  }
  let recycling: string | undefined;
  if (typeof drPlan !== 'string' && !input.scenario.recycle) {
    const scenario = { ...mirrored('host'), recycle: true };
    const recycled = appraise({ estate, hosts, assumptions: a, scenario, plan: { ...drPlan, scenario } });
    if (recycled.recycledHosts) option('host-recycled', 'host', { cost: added(recycled), drHosts, recycledHosts: recycled.recycledHosts });
    else {
      const moved = new Set(drPlan.placements.map((p) => p.workload));
      recycling = recyclingShortfall(drPlan.hostModel, estate.servers.filter((s) => moved.has(s.id)), b.appraisalYear, a.get('support.warrantyYears'));
    }
  }
  // Backups plan no DR hosts: the option's own plan, appraised with the DR tier kept by backups
  // (scenario dr.method), which is what `tco --dr --dr-method tape` appraises.
  for (const method of ['disk', 'tape'] as const) {
    if (protectedIds.length === 0) {
      option(method, method, { refused: drPlan as string, drHosts: 0, recycledHosts: [] });
      continue;
    }
    const scenario = withDr(method);
    option(method, method, { cost: added(appraise({ estate, hosts, assumptions: a, scenario, plan: { ...base.plan, scenario } })), drHosts: 0, recycledHosts: [] });
  }

  const tiers = criticalities.filter((c) => criticalityRank(c) >= minRank).reverse().map((tier) => recoveryTarget(tier, a));
  const meets = (o: Omit<DrOption, 'meets'>) => tiers.filter((t) => o.rpoHours <= t.rpoHours && o.rtoHours <= t.rtoHours).map((t) => t.tier);
  const withMeets: DrOption[] = options.map((o) => ({ ...o, meets: meets(o) }));
  return {
    scenario: b.scenario,
    hostModel: b.hostModel,
    hypervisor: b.hypervisor,
    minCriticality,
    protectedWorkloads: protectedIds.length,
    protectedTb,
    horizonYears: b.horizonYears,
    revenueYear: b.financialYears[year]!,
    base: { npv: b.npv, capital: b.finance.capital.requirement },
    options: withMeets,
    ...(recycling ? { recycling } : {}),
    tiers: tiers.map((t) => ({
      tier: t.tier,
      rpoHours: t.rpoHours,
      rtoHours: t.rtoHours,
      metBy: withMeets.filter((o) => o.cost && o.meets.includes(t.tier)).map((o) => o.id),
      workloads: protectedIds.filter((id) => criticalityOf.get(id) === t.tier).length,
    })),
  };
}

