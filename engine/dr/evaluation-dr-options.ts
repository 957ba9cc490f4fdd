import type { Criticality } from '../estate/server.js';
import type { Evaluation } from '../evaluate.js';
import type { Inputs } from '../io/load-inputs.js';
import { drOptions, type DrOptions } from './dr-options.js';

/**
 * The DR options of an evaluated scenario: added to its chosen host model and hypervisor, for
 * the workloads at or above its DR tier unless another is given. An evaluation without DR is
 * the base itself, so nothing is planned twice.
 *
 * @example evaluationDrOptions(evaluate({ ... }), inputs, 'critical').options
 */
export function evaluationDrOptions(e: Evaluation, inputs: Pick<Inputs, 'estate' | 'hosts' | 'corePerformance'>, minCriticality: Criticality = e.scenario.dr.minCriticality): DrOptions {
  return drOptions({
    estate: inputs.estate,
    hosts: inputs.hosts,
    assumptions: e.assumptions,
    scenario: e.scenario,
    minCriticality,
    corePerformance: inputs.corePerformance,
    ...(e.scenario.dr.enabled ? {} : { base: { plan: e.plan, appraisal: e.appraisal } }),
  });
}
