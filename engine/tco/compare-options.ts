import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Estate } from '../estate/estate.js';
import { UnsprawlError } from '../errors.js';
import type { HostModel } from '../hosts/host-model.js';
import type { Pence } from '../money.js';
import { planScenario } from '../placement/plan-scenario.js';
import type { Plan } from '../plan/plan.js';
import { hypervisors, type Hypervisor, type Scenario } from '../scenario/scenario.js';
import type { CorePerformanceTable } from '../sizing/core-performance-table.js';
import { appraise } from './appraise.js';

export interface RankedOption {
  rank: number;
  hostModel: string;
  hypervisor: Hypervisor;
  hosts: number;
  npv: Pence;
  paybackMonths: number | null;
  /** Capital of the option in year 0, optimism bias included. */
  capitalYear0: Pence;
  /** Total cost of ownership saving as a share of doing nothing (moved servers), or null. */
  tcoSavingPercent: number | null;
  afterKwhPerYear: number;
}

export interface OptionComparison {
  scenario: string;
  /** Best NPV first. */
  ranked: RankedOption[];
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

/** The plan, or why the scenario cannot be planned on this model (a coded engine error). */
function planOrReason(plan: () => Plan): Plan | string {
  try {
    return plan();
  } catch (error) {
    if (error instanceof UnsprawlError) return error.message;
    throw error;
  }
}

const byNpv = (a: Omit<RankedOption, 'rank'>, b: Omit<RankedOption, 'rank'>) =>
  b.npv - a.npv || a.hostModel.localeCompare(b.hostModel, 'en') || a.hypervisor.localeCompare(b.hypervisor, 'en');

/**
 * Ranks every catalogue host model x hypervisor for a scenario by NPV against doing nothing.
 * Placement does not depend on the hypervisor, so each model is planned once and appraised
 * with each hypervisor's licensing.
 *
 * @example compareOptions({ estate, hosts, assumptions, scenario }).ranked[0] // the best option
 */
export function compareOptions({ estate, hosts, assumptions, scenario, corePerformance }: CompareOptionsInput): OptionComparison {
  const options: Omit<RankedOption, 'rank'>[] = [];
  const infeasible: OptionComparison['infeasible'] = [];
  for (const model of hosts) {
    const onModel: Scenario = { ...scenario, host: model.model };
    const plan = planOrReason(() => planScenario({ estate, hosts, assumptions, scenario: onModel, corePerformance }));
    if (typeof plan === 'string') {
      infeasible.push({ hostModel: model.model, reason: plan });
      continue;
    }
    for (const hypervisor of hypervisors) {
      const a = appraise({ estate, hosts, assumptions, scenario: { ...onModel, hypervisor }, plan });
      options.push({
        hostModel: model.model,
        hypervisor,
        hosts: plan.hosts,
        npv: a.npv,
        paybackMonths: a.paybackMonths,
        capitalYear0: a.option.capital[0]!,
        tcoSavingPercent: a.savings.totalCostOfOwnership.percent,
        afterKwhPerYear: a.energy[0]?.afterKwh ?? 0,
      });
    }
  }
  return { scenario: scenario.name, ranked: options.sort(byNpv).map((o, i) => ({ rank: i + 1, ...o })), infeasible };
}
