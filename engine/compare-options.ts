import type { AssumptionSet } from './assumptions/assumption-set.js';
import type { Estate } from './estate/estate.js';
import { ScenarioError, UnsprawlError } from './errors.js';
import type { HostModel } from './hosts/host-model.js';
import type { Pence } from './money.js';
import { planScenario } from './placement/plan-scenario.js';
import type { Plan } from './plan/plan.js';
import { hypervisors, type Hypervisor, type ResolvedScenario, type Scenario } from './scenario/scenario.js';
import type { CorePerformanceTable } from './sizing/core-performance-table.js';
import type { Appraisal } from './tco/appraisal.js';
import { appraise } from './tco/appraise.js';

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
 *
 * @example compareOptions({ estate, hosts, assumptions, scenario }).ranked[0] // the best option
 */
export function compareOptions({ estate, hosts, assumptions, scenario, corePerformance }: CompareOptionsInput): OptionComparison {
  const options: Omit<AppraisedOption, 'rank'>[] = [];
  const infeasible: OptionComparison['infeasible'] = [];
  const named = hosts.find((h) => h.model.toLowerCase() === scenario.host.trim().toLowerCase());
  const models = named ? [named] : hosts;
  const hypervisorsToTry = scenario.hypervisor === 'best-value' ? hypervisors : [scenario.hypervisor];
  const today = currentHypervisor(estate);
  for (const model of models) {
    const onModel = { ...scenario, host: model.model };
    const plan = planOrReason(() => planScenario({ estate, hosts, assumptions, scenario: onModel, corePerformance }));
    if (typeof plan === 'string') {
      infeasible.push({ hostModel: model.model, reason: plan });
      continue;
    }
    for (const hypervisor of hypervisorsToTry) {
      const resolved: ResolvedScenario = { ...onModel, hypervisor };
      const a = appraise({ estate, hosts, assumptions, scenario: resolved, plan });
      options.push({
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
      });
    }
  }
  const ranked = options.sort(byNpv).map((o, i) => ({ rank: i + 1, ...o }));
  return { scenario: scenario.name, ...(today ? { current: currentPlatform(estate) } : {}), ranked, infeasible };
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
