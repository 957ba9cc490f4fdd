import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Estate } from '../estate/estate.js';
import { organisationName } from '../estate/organisation-name.js';
import type { HostModel } from '../hosts/host-model.js';
import type { Pence } from '../money.js';
import type { Plan, WorkloadDemand } from '../plan/plan.js';
import type { ResolvedScenario } from '../scenario/scenario.js';
import type { Appraisal, CostSide } from './appraisal.js';
import { appraise } from './appraise.js';

export interface SplitByOrganisationInput {
  estate: Estate;
  hosts: readonly HostModel[];
  assumptions: AssumptionSet;
  scenario: ResolvedScenario;
  plan: Plan;
  /** The appraisal of `plan` (appraise or evaluate), whose lines are split. */
  appraisal: Appraisal;
}

/** One organisation's part of an appraisal. */
export interface OrganisationShare {
  /** The estate's `organisation`, or "Unassigned" for servers without one. */
  organisation: string;
  servers: { moved: number; staying: number };
  /** Its share of the hosts' cost: the sum over hosts of its share of each host's demand. */
  hostShare: number;
  /** Its part of every line of the appraisal, by line id; pence per year. */
  lines: { id: string; side: CostSide; byYear: Pence[] }[];
  /** Do nothing (baseline + staying), with the option (option + staying), and the saving, per year. */
  doNothing: Pence[];
  withOption: Pence[];
  saving: Pence;
  /** Running years 1..horizon: kWh before and after. */
  energy: { year: number; beforeKwh: number; afterKwh: number }[];
}

/**
 * Splits an appraisal by organisation, so an integrated care system sees what each trust pays and
 * saves. The rule (docs/placement.md, "Several organisations"):
 * - do-nothing lines (servers moved, servers staying) go to the organisation that owns the
 *   servers: each organisation's own amounts, from appraising its servers alone on the same plan;
 * - option lines (hosts, licences, storage, migration ...) go by share of demand: each host's cost
 *   is shared by the organisations whose workloads it carries, in proportion to their CPU and
 *   memory demand on it (a host of one organisation is wholly that organisation's), spare hosts
 *   as their cluster's active hosts are.
 * Every line is apportioned in whole pence by largest remainder, so the organisations' figures
 * add up exactly to the appraisal's, line by line and year by year.
 */
export function splitByOrganisation(input: SplitByOrganisationInput): OrganisationShare[] {
  const { estate, plan, appraisal } = input;
  const organisationOf = new Map(estate.servers.map((s) => [s.id, organisationName(s)]));
  const names = [...new Set(organisationOf.values())].sort((a, b) => a.localeCompare(b, 'en-GB'));
  const moved = new Set(plan.placements.map((p) => p.workload));
  const own = names.map((name) => ownAppraisal(input, name, moved));
  const hostShare = hostShares(plan, organisationOf, names);
  const lines = appraisal.lines.map((line) => {
    const weights = line.side === 'option' ? line.byYear.map(() => hostShare) : line.byYear.map((_, t) => own.map((a) => a.lines.find((l) => l.id === line.id)?.byYear[t] ?? 0));
    return { id: line.id, side: line.side, parts: line.byYear.map((amount, t) => apportion(amount, weights[t]!, hostShare)) };
  });
  return names.map((organisation, k) => {
    const mine = lines.map((l) => ({ id: l.id, side: l.side, byYear: l.parts.map((p) => p[k]!) }));
    const sum = (sides: CostSide[]) => appraisal.years.map((t) => mine.filter((l) => sides.includes(l.side)).reduce((s, l) => s + l.byYear[t]!, 0));
    const doNothing = sum(['baseline', 'staying']);
    const withOption = sum(['option', 'staying']);
    const servers = estate.servers.filter((s) => organisationName(s) === organisation);
    return {
      organisation,
      servers: { moved: servers.filter((s) => moved.has(s.id)).length, staying: servers.filter((s) => !moved.has(s.id)).length },
      hostShare: hostShare[k]!,
      lines: mine,
      doNothing,
      withOption,
      saving: doNothing.reduce((s, p, t) => s + p - withOption[t]!, 0),
      energy: appraisal.energy.map((e, t) => {
        const mineBefore = own[k]!.energy[t]!;
        const stayingKwh = mineBefore.beforeKwh - mineBefore.movedBeforeKwh;
        return { year: e.year, beforeKwh: mineBefore.beforeKwh, afterKwh: stayingKwh + e.movedAfterKwh * hostShare[k]! / Math.max(1e-12, total(hostShare)) };
      }),
    };
  });
}

/** The appraisal of one organisation's servers alone, with the plan's placements of its workloads. */
function ownAppraisal(input: SplitByOrganisationInput, organisation: string, moved: ReadonlySet<string>): Appraisal {
  const servers = input.estate.servers.filter((s) => organisationName(s) === organisation);
  const ids = new Set(servers.map((s) => s.id));
  const plan: Plan = { ...input.plan, placements: input.plan.placements.filter((p) => ids.has(p.workload) && moved.has(p.workload)) };
  return appraise({ ...input, estate: { ...input.estate, servers }, plan });
}

/** Each organisation's share of the plan's hosts: per host, its part of the host's CPU + memory demand. */
function hostShares(plan: Plan, organisationOf: ReadonlyMap<string, string>, names: readonly string[]): number[] {
  const demandOf = new Map<string, WorkloadDemand>(plan.demands.map((d) => [d.workload, d]));
  const index = new Map(names.map((n, k) => [n, k]));
  const weight = (d: WorkloadDemand | undefined) => (d ? d.cpuCores / plan.hostModel.cores + d.memGb / plan.hostModel.ramGb : 0);
  const shares = names.map(() => 0);
  const byCluster = new Map<string, number[]>();
  for (const host of plan.hostDetails) {
    const cluster = byCluster.get(host.cluster) ?? names.map(() => 0);
    byCluster.set(host.cluster, cluster);
    const parts = names.map(() => 0);
    for (const id of host.workloads) parts[index.get(organisationOf.get(id) ?? organisationName({ organisation: undefined }))!]! += weight(demandOf.get(id));
    const sum = total(parts);
    if (sum <= 0) continue;
    parts.forEach((p, k) => {
      shares[k]! += p / sum;
      cluster[k]! += p / sum;
    });
  }
  // Spare hosts (and hosts carrying no demand) are shared as their cluster's loaded hosts are.
  for (const host of plan.hostDetails) {
    if (host.workloads.some((id) => weight(demandOf.get(id)) > 0)) continue;
    const cluster = byCluster.get(host.cluster)!;
    const sum = total(cluster);
    cluster.forEach((c, k) => (shares[k]! += sum > 0 ? c / sum : 1 / names.length));
  }
  return shares;
}

const total = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * `amount` split in whole pence in proportion to `weights` (largest remainder: the parts sum to
 * `amount` exactly); by `fallback` when the weights sum to zero, equally when that does too.
 */
function apportion(amount: Pence, weights: readonly number[], fallback: readonly number[]): Pence[] {
  let w = weights;
  if (Math.abs(total(w)) < 1e-9) w = Math.abs(total(fallback)) < 1e-9 ? weights.map(() => 1) : fallback;
  const sum = total(w);
  const exact = w.map((x) => (amount * x) / sum);
  const parts = exact.map(Math.floor);
  let rest = amount - total(parts);
  const order = exact.map((x, k) => ({ k, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.k - b.k);
  for (let i = 0; rest > 0; i = (i + 1) % order.length, rest--) parts[order[i]!.k]! += 1;
  return parts;
}
