import type { AssumptionSet } from '../assumptions/assumption-set.js';
import type { Estate } from '../estate/estate.js';
import { AssumptionError, ScenarioError } from '../errors.js';
import type { HostModel } from '../hosts/host-model.js';
import type { PackOptions } from '../packing/pack-vectors.js';
import type { Plan } from '../plan/plan.js';
import { todayInfrastructure } from '../plan/today-infrastructure.js';
import { classifyServers } from '../retirement/classify-servers.js';
import { retirementCandidates } from '../retirement/retirement-candidates.js';
import { reviewDate } from '../retirement/review-date.js';
import type { Scenario } from '../scenario/scenario.js';
import { selectScope } from '../scenario/scope.js';
import type { CorePerformanceTable } from '../sizing/core-performance-table.js';
import type { ClusterCache } from './cluster-cache.js';
import { planForHostModel } from './plan-for-host-model.js';
import { planOnCheapestHostModel } from './plan-on-cheapest-host-model.js';

export interface PlanScenarioInput {
  estate: Estate;
  hosts: readonly HostModel[];
  assumptions: AssumptionSet;
  scenario: Scenario;
  /** Per-core performance by purchase year (engine/io/load-core-performance.ts), for servers without core_perf. */
  corePerformance?: CorePerformanceTable;
  /** Packing effort and seed; the defaults suit interactive use. */
  packing?: PackOptions;
  /** A plan to start each cluster's packing from (sensitivity re-plans pass the base plan); see PlanForHostModelInput. */
  warmStart?: Plan;
  /** The same scope and host model planned with a budget of 0, to resume from; see PlanForHostModelInput. */
  resumeFrom?: Plan;
  /** Cluster assignments to reuse across plans of the same scope (engine/placement/cluster-cache.ts). */
  clusters?: ClusterCache;
}

/**
 * How many hosts of which model the scenario needs and what goes where: the scope's servers,
 * sized, packed onto the scenario's host model (or onto every model, keeping the one with the
 * lowest capital + support over the horizon when the scenario says "cheapest"). Servers the
 * scenario's `retire` switches off are left out of the move and listed in `retired`. Same input,
 * same plan, byte for byte.
 *
 * @example planScenario({ estate, hosts, assumptions, scenario }).hosts
 */
export function planScenario(input: PlanScenarioInput): Plan {
  const plan = planInScope(input);
  const inScope = new Set(plan.inScope);
  const today = todayInfrastructure(input.estate, input.estate.servers.filter((s) => inScope.has(s.id)));
  return today ? { ...plan, today } : plan;
}

function planInScope(input: PlanScenarioInput): Plan {
  const { estate, hosts, assumptions, scenario } = input;
  checkHeadroom(assumptions);
  if (hosts.length === 0) throw new ScenarioError('host', 'the host catalogue is empty: expected at least one host model');
  if (scenario.host.trim().toLowerCase() === 'best-value') {
    throw new ScenarioError('host', 'the best-value host model is chosen by NPV, which needs the appraisal: plan it with evaluate() or chooseOption() (engine/choose-option.ts)');
  }
  const selected = selectScope(estate.servers, scenario.scope);
  const retire = scenario.retire ?? 'none';
  const retired = retire === 'none' ? [] : retirementCandidates(classifyServers(selected, assumptions, reviewDate(estate, assumptions)), retire);
  const off = new Set(retired.map((r) => r.workload));
  const inScope = off.size === 0 ? selected : selected.filter((s) => !off.has(s.id));
  return { ...planMoves(input, inScope), retired };
}

function planMoves(input: PlanScenarioInput, inScope: PlanScenarioInput['estate']['servers']): Plan {
  const { estate, hosts, assumptions, scenario } = input;
  if (scenario.host.trim().toLowerCase() === 'cheapest') {
    return planOnCheapestHostModel({ ...input, inScope });
  }
  const host = hosts.find((h) => h.model.toLowerCase() === scenario.host.trim().toLowerCase());
  if (!host) {
    throw new ScenarioError('host', `unknown host model "${scenario.host}"; the catalogue has: ${hosts.map((h) => h.model).join(', ')} (or "cheapest")`);
  }
  return planForHostModel({
    inScope,
    estateServers: estate.servers,
    host,
    assumptions,
    scenario,
    corePerformance: input.corePerformance,
    packing: input.packing,
    warmStart: input.warmStart,
    resumeFrom: input.resumeFrom,
    clusters: input.clusters,
  });
}

/** Headroom is the share of a host placement may fill: above 0 and at most 1, whatever the assumptions file allows. */
function checkHeadroom(assumptions: AssumptionSet): void {
  for (const key of ['headroom.cpu', 'headroom.ram', 'headroom.storage']) {
    const value = assumptions.get(key);
    if (!(value > 0 && value <= 1)) {
      throw new AssumptionError(key, `${key}: expected a fraction above 0 and at most 1 (for example 0.75), got ${value}`);
    }
  }
}
