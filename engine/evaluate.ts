import type { AssumptionSet } from './assumptions/assumption-set.js';
import { chooseOption, type OptionSelection } from './choose-option.js';
import type { Estate } from './estate/estate.js';
import type { HostModel } from './hosts/host-model.js';
import type { Plan } from './plan/plan.js';
import type { ResolvedScenario, Scenario } from './scenario/scenario.js';
import type { CorePerformanceTable } from './sizing/core-performance-table.js';
import type { Appraisal } from './tco/appraisal.js';

export interface EvaluateInput {
  estate: Estate;
  hosts: readonly HostModel[];
  assumptions: AssumptionSet;
  scenario: Scenario;
  /**
   * Per-core performance by purchase year (engine/io/load-core-performance.ts) for servers without
   * core_perf; pass the same table `unsprawl plan` uses so both size servers alike.
   */
  corePerformance?: CorePerformanceTable;
}

/** One scenario, planned and appraised: the figures every front end shows. */
export interface Evaluation {
  /** The scenario as asked, before its choices were made (what a follow-up or a button builds on). */
  asked: Scenario;
  /** The scenario with its host model and hypervisor chosen. */
  scenario: ResolvedScenario;
  /** The assumptions in force, with where each value came from. */
  assumptions: AssumptionSet;
  plan: Plan;
  appraisal: Appraisal;
  /** How the host model and hypervisor were chosen (best value, cheapest or given), with the runner-up. */
  selection: OptionSelection;
}

/**
 * The scenario's overrides, except where a later source (CLI, chat) already set the key: the
 * precedence is file < scenario < --set / chat, whoever applied what before calling.
 */
export function withScenarioOverrides(assumptions: AssumptionSet, scenario: Scenario): AssumptionSet {
  const pending = Object.fromEntries(
    Object.entries(scenario.overrides).filter(([key]) => {
      const origin = assumptions.entry(key).origin;
      return origin === 'default' || origin === 'file' || origin === 'scenario';
    }),
  );
  return assumptions.with(pending, 'scenario');
}

/**
 * THE engine call: resolves the scenario's host model and hypervisor (best value by NPV unless
 * the scenario names them), plans it (engine/placement) and appraises it against doing nothing
 * (engine/tco), under one set of assumptions. The chat answer, the board report and the
 * monthly summary all show figures from this one result.
 *
 * @example const { plan, appraisal, selection } = evaluate({ estate, hosts, assumptions, scenario });
 */
export function evaluate(input: EvaluateInput): Evaluation {
  const { estate, hosts, scenario, corePerformance } = input;
  const assumptions = withScenarioOverrides(input.assumptions, scenario);
  const { option, selection } = chooseOption({ estate, hosts, assumptions, scenario, corePerformance });
  return {
    asked: scenario,
    scenario: { ...scenario, host: option.hostModel, hypervisor: option.hypervisor },
    assumptions,
    plan: option.plan,
    appraisal: option.appraisal,
    selection,
  };
}
