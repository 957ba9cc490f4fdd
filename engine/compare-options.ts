import type { AssumptionSet } from './assumptions/assumption-set.js';
import type { Estate } from './estate/estate.js';
import { ScenarioError, UnsprawlError } from './errors.js';
import type { HostModel } from './hosts/host-model.js';
import type { Pence } from './money.js';
import { clusterCache, type ClusterCache } from './placement/cluster-cache.js';
import { planScenario } from './placement/plan-scenario.js';
import { hostModelCost, rankingOrder, type RankingKey } from './placement/rank-host-models.js';
import { planAtLowerBound } from './plan/plan-at-lower-bound.js';
import type { PackOptions } from './packing/pack-vectors.js';
import type { Plan } from './plan/plan.js';
import { hypervisors, type Hypervisor, type ResolvedScenario, type Scenario } from './scenario/scenario.js';
import type { CorePerformanceTable } from './sizing/core-performance-table.js';
import type { Appraisal } from './tco/appraisal.js';
import { appraise } from './tco/appraise.js';
import { measureQuantities } from './tco/measure-quantities.js';
import { netCashFlows } from './tco/net-cash-flows.js';
import { netPresentValue } from './tco/net-present-value.js';

export interface RankedOption {
  rank: number;
  hostModel: string;
  hypervisor: Hypervisor;
  /** What the option means for an estate that is already virtual: refresh on today's hypervisor, or re-platform. */
  path: 'consolidate' | 'refresh hosts' | 're-platform';
  hosts: number;
  npv: Pence;
  paybackMonths: number | null;
  /** The option's capital requirement (CDEL, irrecoverable VAT included; optimism bias and receipts apart): the one capital figure. */
  capital: Pence;
  /** Total cost of ownership saving as a share of doing nothing (moved servers), or null. */
  tcoSavingPercent: number | null;
  afterKwhPerYear: number;
}

/** A ranked option with the plan and appraisal behind it, for the caller that goes on to use the winner. */
export interface AppraisedOption extends RankedOption {
  plan: Plan;
  appraisal: Appraisal;
}

export interface OptionComparison {
  scenario: string;
  /** Today's platform when the estate lists its hosts, e.g. "VMware on 14 hosts in 3 clusters" (doing nothing keeps it). */
  current?: string;
  /** Best NPV first. */
  ranked: AppraisedOption[];
  /** Host models the scenario could not be planned on, and why. */
  infeasible: { hostModel: string; reason: string }[];
  /**
   * Options left out of `ranked` because even their model's best case could not reach the
   * `keep` best NPVs (see CompareOptionsChoices.keep); 0 when every option was appraised.
   */
  screened: number;
}

export interface CompareOptionsChoices {
  /**
   * Only this many of the best options need to be ranked: a host model whose best case (its
   * plan at the lower bound, appraised) cannot beat the keep-th best NPV found is not packed.
   * Every option by default, as `tco --compare` shows them all.
   */
  keep?: number;
  /**
   * With `keep`: also rank, exactly, the model placement's "cheapest" rule would pick (fewest
   * workloads left behind, then capital + support over the horizon; see rankingOrder), so a
   * "cheapest" scenario can screen the others too.
   */
  cheapestHardware?: boolean;
}

export interface CompareOptionsInput {
  estate: Estate;
  hosts: readonly HostModel[];
  assumptions: AssumptionSet;
  scenario: Scenario;
  /** Per-core performance by purchase year, as for evaluate(). */
  corePerformance?: CorePerformanceTable;
}

/**
 * The plan, or why the scenario cannot be planned on this model (a coded engine error). A bad
 * scope is the same on every model, so it is the user's error to fix once, not a reason per model.
 */
function planOrReason(plan: () => Plan): Plan | string {
  try {
    return plan();
  } catch (error) {
    if (error instanceof ScenarioError && error.field === 'scope') throw error;
    if (error instanceof UnsprawlError) return error.message;
    throw error;
  }
}

const byNpv = (a: Omit<RankedOption, 'rank'>, b: Omit<RankedOption, 'rank'>) =>
  b.npv - a.npv || a.hostModel.localeCompare(b.hostModel, 'en') || a.hypervisor.localeCompare(b.hypervisor, 'en');

/**
 * Ranks host model x hypervisor for a scenario by NPV against doing nothing: every catalogue
 * model unless the scenario names one, every hypervisor unless it names one. Placement does not
 * depend on the hypervisor, so each model is planned once and appraised with each hypervisor.
 * With `keep`, models that cannot reach the top `keep` are screened out before their packing
 * search (see screenedComparison); the options it ranks are the same, with the same figures.
 *
 * @example compareOptions({ estate, hosts, assumptions, scenario }).ranked[0] // the best option
 */
export function compareOptions(plain: CompareOptionsInput, { keep, cheapestHardware = false }: CompareOptionsChoices = {}): OptionComparison {
  const { estate, hosts, scenario } = plain;
  const named = hosts.find((h) => h.model.toLowerCase() === scenario.host.trim().toLowerCase());
  const models = named ? [named] : hosts;
  const today = currentHypervisor(estate);
  // Every model is laid out on the same clusters unless it leaves different servers behind.
  const input: Compared = { ...plain, clusters: clusterCache() };
  const ranked = keep !== undefined && models.length > 1 && boundHolds(input) ? screenedComparison(input, models, keep, cheapestHardware) : everyOption(input, models);
  return {
    scenario: scenario.name,
    ...(today ? { current: currentPlatform(estate) } : {}),
    ranked: ranked.options.sort(byNpv).map((o, i) => ({ rank: i + 1, ...o })),
    infeasible: ranked.infeasible,
    screened: ranked.screened,
  };
}

type Unranked = Omit<AppraisedOption, 'rank'>;
/** The comparison's input with the cluster assignments its plans share. */
type Compared = CompareOptionsInput & { clusters: ClusterCache };
interface Appraised {
  options: Unranked[];
  infeasible: OptionComparison['infeasible'];
  screened: number;
}

const hypervisorsOf = (scenario: Scenario): readonly Hypervisor[] => (scenario.hypervisor === 'best-value' ? hypervisors : [scenario.hypervisor]);

/** Every model planned in full and appraised with every hypervisor the scenario leaves open. */
function everyOption(input: Compared, models: readonly HostModel[]): Appraised {
  const options: Unranked[] = [];
  const infeasible: OptionComparison['infeasible'] = [];
  for (const model of models) {
    const plan = planOrReason(() => planOnModel(input, model));
    if (typeof plan === 'string') infeasible.push({ hostModel: model.model, reason: plan });
    else options.push(...appraiseOnModel(input, model, plan));
  }
  return { options, infeasible, screened: 0 };
}

/**
 * Pence the screen leaves between a model's best case and the NPV it must beat: two plans' cost
 * lines are rounded to whole pence per line and year, and their discounted years again, so an
 * NPV can stray from the exact comparison by a penny per line-year (under 20 lines x 31 years).
 */
const roundingMargin = 1_000;

/**
 * The comparison with models screened by their best case. Each model is first planned without
 * the packing search (first-fit and minimum-slack fill only, a few milliseconds), which gives
 * its clusters, their lower bounds and what stays behind exactly as the full plan would; that
 * plan cut to its lower bounds (planAtLowerBound) is appraised with each hypervisor: no packing
 * of the model can cost less (fewer hosts, less power, or less of anything priced per host),
 * so its NPV bounds the model's. Models are then packed in full, best case first, until the
 * next best case falls below the keep-th best NPV found (less the rounding margin): those
 * models cannot enter the top `keep`, and the search that cannot reach its lower bound, which
 * costs a second or more a model, is never run for them. A model packed in full resumes from its
 * quick plan (planScenario's resumeFrom), which clusters packed in chunks search on from.
 * Infeasible models are found by the quick plan (the scope, sizing and DR rules that refuse a
 * model do not depend on the packing).
 *
 * With `cheapestHardware`, models are first packed in order of their best-case hardware key
 * (the lower bound's hosts, the quick plan's workloads left behind) until the next one's is
 * worse than the best packed: as in planOnCheapestHostModel, no other model can be cheapest.
 * The NPV screen then packs whatever else could reach the top `keep`.
 */
function screenedComparison(input: Compared, models: readonly HostModel[], keep: number, cheapestHardware: boolean): Appraised {
  const infeasible: OptionComparison['infeasible'] = [];
  const years = input.assumptions.get('horizon.years');
  const hardwareKey = (model: HostModel, hosts: number, unplaced: number): RankingKey => {
    const { capitalPence, supportPence } = hostModelCost(model, hosts, years);
    return { unplaced, costPence: capitalPence + supportPence, hosts, model: model.model };
  };
  const bests: { model: HostModel; quick: Plan; bestCase: Pence; hardware: RankingKey }[] = [];
  for (const model of models) {
    const quick = planOrReason(() => planOnModel(input, model, { budget: 0 }));
    if (typeof quick === 'string') {
      infeasible.push({ hostModel: model.model, reason: quick });
      continue;
    }
    const atBound = planAtLowerBound(quick);
    const bestCase = Math.max(...hypervisorsOf(input.scenario).map((hypervisor) => npvOnly(input, { ...input.scenario, host: model.model, hypervisor }, atBound)));
    bests.push({ model, quick, bestCase, hardware: hardwareKey(model, atBound.hosts, quick.unplaced.length) });
  }
  const options: Unranked[] = [];
  const packed = new Set<HostModel>();
  const pack = (model: HostModel, quick: Plan): Plan => {
    const plan = planOnModel(input, model, undefined, quick);
    options.push(...appraiseOnModel(input, model, plan));
    packed.add(model);
    return plan;
  };
  if (cheapestHardware) {
    let cheapest: RankingKey | undefined;
    for (const { model, quick, hardware } of [...bests].sort((a, b) => rankingOrder(a.hardware, b.hardware))) {
      if (cheapest && rankingOrder(hardware, cheapest) > 0) break;
      const plan = pack(model, quick);
      const key = hardwareKey(model, plan.hosts, plan.unplaced.length);
      if (!cheapest || rankingOrder(key, cheapest) < 0) cheapest = key;
    }
  }
  bests.sort((a, b) => b.bestCase - a.bestCase || a.model.model.localeCompare(b.model.model, 'en'));
  let screened = 0;
  for (const { model, quick, bestCase } of bests) {
    if (packed.has(model)) continue;
    const bar = options.length >= keep ? [...options].sort(byNpv)[keep - 1]!.npv : undefined;
    if (bar !== undefined && bestCase + roundingMargin < bar) {
      screened += hypervisorsOf(input.scenario).length;
      continue;
    }
    pack(model, quick);
  }
  return { options, infeasible, screened };
}

/**
 * The screen's argument holds when no cost falls as hosts are added: prices, rates and the
 * optimism bias at zero or above (a negative discount rate could make a host's residual value
 * outweigh its price), and no moved servers recycled as hosts (a host fewer can mean a server
 * decommissioned instead of recycled, which may cost more).
 */
function boundHolds({ assumptions, scenario }: CompareOptionsInput): boolean {
  return !scenario.recycle && assumptions.all().every((a) => a.value >= 0);
}

/**
 * The NPV alone, as appraise() would give it (netCashFlows is the appraisal's do nothing minus
 * the option, pence for pence): the screen needs no finance view, savings split or energy table.
 */
function npvOnly({ estate, assumptions }: CompareOptionsInput, scenario: ResolvedScenario, plan: Plan): Pence {
  return netPresentValue(netCashFlows(measureQuantities({ estate, assumptions, scenario, plan }), assumptions), assumptions.get('discount.rate')).npv;
}

function planOnModel({ estate, hosts, assumptions, scenario, corePerformance, clusters }: Compared, model: HostModel, packing?: PackOptions, resumeFrom?: Plan): Plan {
  return planScenario({
    estate, hosts, assumptions, scenario: { ...scenario, host: model.model }, corePerformance, clusters,
    ...(packing ? { packing } : {}), ...(resumeFrom ? { resumeFrom } : {}),
  });
}

function appraiseOnModel({ estate, hosts, assumptions, scenario }: CompareOptionsInput, model: HostModel, plan: Plan): Unranked[] {
  const today = currentHypervisor(estate);
  return hypervisorsOf(scenario).map((hypervisor) => {
    const resolved: ResolvedScenario = { ...scenario, host: model.model, hypervisor };
    const a = appraise({ estate, hosts, assumptions, scenario: resolved, plan });
    return {
      hostModel: model.model,
      hypervisor,
      path: today === undefined ? 'consolidate' : today === hypervisor ? 'refresh hosts' : 're-platform',
      hosts: plan.hosts,
      npv: a.npv,
      paybackMonths: a.paybackMonths,
      capital: a.finance.capital.requirement,
      tcoSavingPercent: a.savings.totalCostOfOwnership.percent,
      afterKwhPerYear: a.energy[0]?.afterKwh ?? 0,
      plan,
      appraisal: a,
    };
  });
}

const platformNames: Readonly<Record<string, string>> = { vmware: 'VMware', hyperv: 'Hyper-V', proxmox: 'Proxmox VE', other: 'another hypervisor' };

/** The hypervisor most of today's hosts run, when the estate lists them. */
export function currentHypervisor(estate: Estate): string | undefined {
  const counts = new Map<string, number>();
  for (const h of estate.hosts ?? []) counts.set(h.hypervisor, (counts.get(h.hypervisor) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

function currentPlatform(estate: Estate): string {
  const hosts = estate.hosts ?? [];
  const clusters = new Set(hosts.map((h) => h.cluster)).size;
  return `${platformNames[currentHypervisor(estate) ?? 'other']} on ${hosts.length} host${hosts.length === 1 ? '' : 's'} in ${clusters} cluster${clusters === 1 ? '' : 's'}`;
}
