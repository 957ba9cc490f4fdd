import type { AssumptionSet } from './assumptions/assumption-set.js';
import type { Estate } from './estate/estate.js';
import type { HostModel } from './hosts/host-model.js';
import { planScenario } from './placement/plan-scenario.js';
import type { Plan } from './plan/plan.js';
import type { Scenario } from './scenario/scenario.js';
import type { CorePerformanceTable } from './sizing/core-performance-table.js';
import type { Appraisal } from './tco/appraisal.js';
import { appraise } from './tco/appraise.js';

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
  scenario: Scenario;
  /** The assumptions in force, with where each value came from. */
  assumptions: AssumptionSet;
  plan: Plan;
  appraisal: Appraisal;
}

/**
 * The scenario's overrides, except where a later source (CLI, chat) already set the key: the
 * precedence is file < scenario < --set / chat, whoever applied what before calling.
 */
function withScenarioOverrides(assumptions: AssumptionSet, scenario: Scenario): AssumptionSet {
  const pending = Object.fromEntries(
    Object.entries(scenario.overrides).filter(([key]) => {
      const origin = assumptions.entry(key).origin;
      return origin === 'default' || origin === 'file' || origin === 'scenario';
    }),
  );
  return assumptions.with(pending, 'scenario');
}

/**
 * THE engine call: plans the scenario (engine/placement) and appraises it against doing
 * nothing (engine/tco), under one set of assumptions. The chat answer, the board report and
 * the monthly summary all show figures from this one result.
 *
 * @example const { plan, appraisal } = evaluate({ estate, hosts, assumptions, scenario });
 */
export function evaluate(input: EvaluateInput): Evaluation {
  const { estate, hosts, scenario, corePerformance } = input;
  const assumptions = withScenarioOverrides(input.assumptions, scenario);
  const plan = planScenario({ estate, hosts, assumptions, scenario, corePerformance });
  return { scenario, assumptions, plan, appraisal: appraise({ estate, hosts, assumptions, scenario, plan }) };
}
