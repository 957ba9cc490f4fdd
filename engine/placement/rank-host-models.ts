import type { Server } from '../estate/server.js';
import type { HostModel } from '../hosts/host-model.js';
import type { Pence } from '../money.js';
import type { Plan } from '../plan/plan.js';
import { selectScope } from '../scenario/scope.js';
import { planForHostModel, type PlanForHostModelInput } from './plan-for-host-model.js';
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
      const plan = planForHostModel(onHostModel(input, inScope, host));
      const { capitalPence, supportPence } = hostModelCost(host, plan.hosts, years);
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
    .sort(rankingOrder);
}

/** The scenario's planning input for one catalogue model. */
export function onHostModel(input: RankHostModelsInput, inScope: readonly Server[], host: HostModel): PlanForHostModelInput {
  return {
    inScope,
    estateServers: input.estate.servers,
    host,
    assumptions: input.assumptions,
    scenario: input.scenario,
    corePerformance: input.corePerformance,
    packing: input.packing,
    warmStart: input.warmStart,
    clusters: input.clusters,
  };
}

/** What the ranking compares: workloads left behind, then capital + support, then hosts, then name. */
export type RankingKey = Pick<HostModelRanking, 'unplaced' | 'costPence' | 'hosts' | 'model'>;

export function rankingOrder(a: RankingKey, b: RankingKey): number {
  return a.unplaced - b.unplaced || a.costPence - b.costPence || a.hosts - b.hosts || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0);
}

/** Capital (hosts x price) and support over the horizon (hosts x annual support x years) of `hosts` hosts of a model. */
export function hostModelCost(host: HostModel, hosts: number, years: number): { capitalPence: Pence; supportPence: Pence } {
  return { capitalPence: hosts * host.pricePence, supportPence: hosts * host.annualSupportPence * years };
}
