import { beforeAll, describe, expect, it } from 'vitest';
import { loadInputs, type Inputs } from '../../../engine/io/load-inputs.js';
import { planScenario } from '../../../engine/placement/plan-scenario.js';
import { planAtLowerBound } from '../../../engine/plan/plan-at-lower-bound.js';
import { defaultScenario } from '../../../engine/scenario/default-scenario.js';
import { hypervisors, type Scenario } from '../../../engine/scenario/scenario.js';
import { appraise } from '../../../engine/tco/appraise.js';

let inputs: Inputs;
let virtualTrust: Inputs;
beforeAll(async () => {
  inputs = await loadInputs();
  virtualTrust = await loadInputs({ estate: 'sample:virtual' });
});

/** Every catalogue model, packed without the search (as the screen does) and in full. */
function boundAndFull(scope: Partial<Scenario>, trust = inputs) {
  const { estate, hosts, assumptions, scenarios, corePerformance } = trust;
  return hosts.map((host) => {
    const scenario = { ...defaultScenario(scenarios), ...scope, host: host.model };
    const quick = planScenario({ estate, hosts, assumptions, scenario, corePerformance, packing: { budget: 0 } });
    const full = planScenario({ estate, hosts, assumptions, scenario, corePerformance });
    const npv = (plan: typeof full) => hypervisors.map((hypervisor) => appraise({ estate, hosts, assumptions, scenario: { ...scenario, hypervisor }, plan }).npv);
    return { model: host.model, bound: planAtLowerBound(quick), full, boundNpv: npv(planAtLowerBound(quick)), fullNpv: npv(full) };
  });
}

describe('planAtLowerBound', { timeout: 120_000 }, () => {
  it.each([
    { scope: 'all' },
    { scope: 'criticality>=high', dr: { enabled: true, minCriticality: 'high' as const } },
    { scope: 'service="Ward systems"', separateSites: false },
  ])('never has more hosts, nor a lower NPV, than the full plan on any model and hypervisor: $scope', (scope) => {
    for (const { model, bound, full, boundNpv, fullNpv } of boundAndFull(scope)) {
      expect(bound.hosts, model).toBeLessThanOrEqual(full.hosts);
      expect(bound.hosts, model).toBeGreaterThanOrEqual(full.lowerBound);
      boundNpv.forEach((npv, k) => expect(npv, `${model} ${hypervisors[k]}`).toBeGreaterThanOrEqual(fullNpv[k]!));
    }
  });

  it('bounds the NPV on the mostly virtual trust too, whose hosts and licences today are costed', () => {
    for (const { model, boundNpv, fullNpv } of boundAndFull({ scope: 'all' }, virtualTrust)) {
      boundNpv.forEach((npv, k) => expect(npv, `${model} ${hypervisors[k]}`).toBeGreaterThanOrEqual(fullNpv[k]!));
    }
  });

  it('keeps the moved workloads, the DR copies and each cluster\'s site, so only the host count and load can differ', () => {
    for (const { bound, full } of boundAndFull({ scope: 'all', dr: { enabled: true, minCriticality: 'high' } })) {
      expect(bound.placements.map((p) => p.workload)).toEqual(full.placements.map((p) => p.workload));
      const bySite = (plan: typeof full, roles: string[]) =>
        plan.hostDetails.filter((h) => roles.includes(h.role)).flatMap((h) => h.workloads.map((w) => `${h.site}:${w}`)).sort();
      expect(bySite(bound, ['active'])).toEqual(bySite(full, ['active']));
      expect(bySite(bound, ['dr'])).toEqual(bySite(full, ['dr']));
      expect(bound.hostDetails.filter((h) => h.role === 'spare' || h.role === 'dr-spare').length).toBe(full.hostDetails.filter((h) => h.role === 'spare' || h.role === 'dr-spare').length);
    }
  });
});
