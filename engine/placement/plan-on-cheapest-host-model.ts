import type { Plan } from '../plan/plan.js';
import { selectScope } from '../scenario/scope.js';
import type { HostModel } from '../hosts/host-model.js';
import { clusterCache } from './cluster-cache.js';
import { hostModelBound, planForHostModel } from './plan-for-host-model.js';
import { hostModelCost, onHostModel, rankingOrder, type RankHostModelsInput, type RankingKey } from './rank-host-models.js';

/**
 * The plan on the model rankHostModels would rank first, packing as few models as it can: every
 * model is screened by its lower bound (no packing), then packed in order of that best case
 * until the next model's best case is worse than the best plan found. A plan never beats its
 * bound, so the winner is the same as ranking every model; only the work differs, which
 * matters because each packing that cannot reach its bound searches for up to a second or two.
 */
export function planOnCheapestHostModel(plain: RankHostModelsInput): Plan {
  // Every model is laid out on the same clusters unless it leaves different servers behind.
  const input = plain.clusters ? plain : { ...plain, clusters: clusterCache() };
  const inScope = input.inScope ?? selectScope(input.estate.servers, input.scenario.scope);
  const years = input.assumptions.get('horizon.years');
  const keyOf = (host: HostModel, hosts: number, unplaced: number): RankingKey => {
    const { capitalPence, supportPence } = hostModelCost(host, hosts, years);
    return { unplaced, costPence: capitalPence + supportPence, hosts, model: host.model };
  };
  const screened = input.hosts
    .map((host) => {
      const bound = hostModelBound(onHostModel(input, inScope, host));
      return { host, bestCase: keyOf(host, bound.lowerBound, bound.unplaced) };
    })
    .sort((a, b) => rankingOrder(a.bestCase, b.bestCase));
  let best: { plan: Plan; key: RankingKey } | undefined;
  for (const { host, bestCase } of screened) {
    if (best && rankingOrder(bestCase, best.key) > 0) break;
    const plan = planForHostModel(onHostModel(input, inScope, host));
    const key = keyOf(host, plan.hosts, plan.unplaced.length);
    if (!best || rankingOrder(key, best.key) < 0) best = { plan, key };
  }
  if (!best) throw new RangeError('planOnCheapestHostModel: the host catalogue is empty');
  return best.plan;
}
