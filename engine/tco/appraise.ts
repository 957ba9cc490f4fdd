import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Estate } from '../estate/estate.js';
import type { HostModel } from '../hosts/host-model.js';
import type { Plan } from '../plan/plan.js';
import type { ResolvedScenario } from '../scenario/scenario.js';
import type { Appraisal } from './appraisal.js';
import { measureQuantities } from './measure-quantities.js';
import { priceQuantities } from './price-quantities.js';

export interface AppraiseInput {
  estate: Estate;
  /** The host catalogue the plan chose from (the plan carries the chosen model itself). */
  hosts: readonly HostModel[];
  assumptions: AssumptionSet;
  scenario: ResolvedScenario;
  plan: Plan;
}

/**
 * The option of a plan against doing nothing, year by year over `horizon.years`, with NPV at
 * `discount.rate`, payback, savings split, energy and carbon. Pure: same inputs, same output.
 *
 * @example appraise({ estate, hosts, assumptions, scenario, plan: planScenario({ estate, hosts, assumptions, scenario }) }).npv
 */
export function appraise({ estate, assumptions, scenario, plan }: AppraiseInput): Appraisal {
  return priceQuantities(measureQuantities({ estate, assumptions, scenario, plan }), assumptions);
}
