import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { assignClusters, type ClusterRules } from '../../../engine/placement/assign-clusters.js';
import { clusterCache } from '../../../engine/placement/cluster-cache.js';
import { planScenario } from '../../../engine/placement/plan-scenario.js';
import { scenarioSchema } from '../../../engine/scenario/scenario.js';

let inputs: Inputs;

beforeAll(async () => {
  inputs = await loadInputs();
});

const rules: ClusterRules = { separateSites: true, minSiteWorkloads: 5, mixOrganisations: false };

describe('clusterCache', () => {
  it('answers as assignClusters does, reusing an answer only for the same servers, estate and rules', () => {
    const servers = inputs.estate.servers;
    const cache = clusterCache();
    const first = cache.assign(servers, servers, rules);
    expect(first).toEqual(assignClusters(servers, servers, rules));
    expect(cache.assign([...servers], servers, rules)).toBe(first);
    const fewer = servers.slice(1);
    expect(cache.assign(fewer, servers, rules)).toEqual(assignClusters(fewer, servers, rules));
    expect(cache.assign(fewer, servers, rules)).not.toBe(first);
    const together = cache.assign(servers, servers, { ...rules, separateSites: false });
    expect(together).toEqual(assignClusters(servers, servers, { ...rules, separateSites: false }));
    expect(together).not.toEqual(first);
  });

  it('gives the same plan with and without a shared cache, whatever the host model', () => {
    const { estate, hosts, assumptions, corePerformance } = inputs;
    const clusters = clusterCache();
    for (const host of ['cheapest', 'PowerEdge R760', 'ProLiant DL365 Gen11']) {
      const scenario = scenarioSchema.parse({ name: 'cache', host, separateSites: true });
      const fresh = planScenario({ estate, hosts, assumptions, corePerformance, scenario });
      expect(planScenario({ estate, hosts, assumptions, corePerformance, scenario, clusters })).toEqual(fresh);
    }
  });
});
