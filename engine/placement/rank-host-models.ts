import type { Server } from '../estate/server.js';
import type { Pence } from '../money.js';
import type { Plan } from '../plan/plan.js';
import { selectScope } from '../scenario/scope.js';
import { planForHostModel } from './plan-for-host-model.js';
import type { PlanScenarioInput } from './plan-scenario.js';

export interface RankHostModelsInput extends PlanScenarioInput {
  /** Servers already selected by the scope (saves planScenario selecting twice). */
  inScope?: readonly Server[];
}

/** One catalogue model planned for the scenario, with what it costs and draws. */
export interface HostModelRanking {
  model: string;
  vendor: string;
  hosts: number;
  lowerBound: number;
  /** Workloads the model cannot take (too large after headroom, or not virtualisable). */
  unplaced: number;
  /** hosts x price. */
  capitalPence: Pence;
  /** hosts x annual support x horizon.years. */
  supportPence: Pence;
  /** capital + support over the horizon: what "cheapest" minimises. */
  costPence: Pence;
  /** Power of all hosts at their planned CPU utilisation: idle + utilisation x (max - idle). */
  watts: number;
  rackUnits: number;
  plan: Plan;
}

/**
 * Plans the scenario on every catalogue model and ranks them: models that leave fewer workloads
 * behind first, then by capital + support over the horizon, then fewer hosts, then name.
 * The first entry is the model a scenario with host "cheapest" uses.
 */
export function rankHostModels(input: RankHostModelsInput): HostModelRanking[] {
  const inScope = input.inScope ?? selectScope(input.estate.servers, input.scenario.scope);
  const years = input.assumptions.get('horizon.years');
  return input.hosts
    .map((host): HostModelRanking => {
      const plan = planForHostModel({
        inScope,
        estateServers: input.estate.servers,
        host,
        assumptions: input.assumptions,
        scenario: input.scenario,
        corePerformance: input.corePerformance,
        packing: input.packing,
      });
      const capitalPence = plan.hosts * host.pricePence;
      const supportPence = plan.hosts * host.annualSupportPence * years;
      return {
        model: host.model,
        vendor: host.vendor,
        hosts: plan.hosts,
        lowerBound: plan.lowerBound,
        unplaced: plan.unplaced.length,
        capitalPence,
        supportPence,
        costPence: capitalPence + supportPence,
        watts: Math.round(plan.hostDetails.reduce((w, h) => w + host.wattsIdle + Math.min(1, h.utilisation.cpu) * (host.wattsMax - host.wattsIdle), 0)),
        rackUnits: plan.hosts * host.rackUnits,
        plan,
      };
    })
    .sort((a, b) => a.unplaced - b.unplaced || a.costPence - b.costPence || a.hosts - b.hosts || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
}
